package main
import ("fmt"; "runtime"; "sync")
func main(){ var wg sync.WaitGroup; wg.Add(1)
 go func(){ defer wg.Done(); defer fmt.Println("deferred"); runtime.Goexit(); fmt.Println("no") }()
 wg.Wait(); fmt.Println("ok") }

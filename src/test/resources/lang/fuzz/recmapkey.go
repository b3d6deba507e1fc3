package main
type M map[M]int
func main(){ var m M; _ = m }

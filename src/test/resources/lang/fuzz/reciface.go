package main
type I interface{ I }
func main(){ var i I; _ = i }

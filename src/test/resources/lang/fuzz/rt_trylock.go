package main
import ("fmt"; "sync")
func main(){ var m sync.Mutex
 fmt.Println(m.TryLock(), m.TryLock()); m.Unlock(); fmt.Println(m.TryLock())
 var rw sync.RWMutex
 fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock()); rw.RUnlock(); rw.RUnlock(); fmt.Println(rw.TryLock())
 rw.Unlock(); l := rw.RLocker(); l.Lock(); fmt.Println(rw.TryLock()); l.Unlock(); fmt.Println(rw.TryLock()) }

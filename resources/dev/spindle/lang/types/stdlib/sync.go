// Package sync: the synchronisation primitives. Each type hides its runtime state in an
// unexported field "state" that the native implementation owns (nil in the zero value).
package sync

type Locker interface {
	Lock()
	Unlock()
}

type WaitGroup struct {
	state any
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func())

type Mutex struct {
	state any
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	state any
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker

type Once struct {
	state any
}

func (o *Once) Do(f func())

func OnceFunc(f func()) func()

type Cond struct {
	L     Locker
	state any
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

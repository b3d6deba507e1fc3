// Package math/rand: pseudo-random numbers drawn from the run's seeded generator.
package rand

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Rand struct {
	src any
}

func New(src Source) *Rand
func NewSource(seed int64) Source

func (r *Rand) Int() int
func (r *Rand) Intn(n int) int
func (r *Rand) Int63() int64
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))

func Seed(seed int64)
func Int() int
func Intn(n int) int
func Int31() int32
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Uint32() uint32
func Uint64() uint64
func Float32() float32
func Float64() float64
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))

// rngSource is what NewSource returns (as *rngSource).
type rngSource struct {
	r any
}

func (s *rngSource) Int63() int64
func (s *rngSource) Seed(seed int64)

package main
import "fmt"
const a = 1.5
const b = a*a
const c = b*b
const d = c*c
const e = d*d
const f = e*e
const g = f*f
const h = g*g
const i = h*h
const j = i*i
const k = j*j
const l = k*k
const m = l*l
const n = m*m
const o = n*n
const p = o*o
const q = p*p
const r = q*q
const s = r*r
const t = s*s
const u = t*t
const v = u*u
const w = v*v
const x = w*w
const y = x*x
const z = y*y
func main(){ fmt.Println(z > 0) }

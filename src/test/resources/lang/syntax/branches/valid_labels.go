package main

func main() {
outer:
	for i := range 3 {
		for j := 0; j < 3; j++ {
			switch {
			case i == j:
				continue outer
			case i > j:
				break outer
			}
		}
	}
sel:
	select {
	default:
		break sel
	}
	var v interface{} = 1
ts:
	switch v.(type) {
	case int:
		break ts
	}
	goto end
end:
	func() {
	inner:
		for {
			break inner
		}
	}()
}

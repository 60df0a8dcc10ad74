package rsdefs

import "strings"

// returnsSelf tells whether the signature between a fn's name and body
// (`(p: &str) -> io::Result<Self> where ..`) returns the impl's own type,
// bare or in a Result or Option: Self, or the type's name. Values the
// front-end sees through ? and unwrap are then of that type.
func returnsSelf(sig, typeName string) bool {
	ret, ok := returnType(sig)
	if !ok {
		return false
	}
	for k := 0; k < 4; k++ {
		base, arg, generic := strings.Cut(ret, "<")
		if !generic {
			break
		}
		switch lastSegment(base) {
		case "Result", "Option":
			// The first argument: up to a comma at this level.
			ret = firstArgument(strings.TrimSuffix(arg, ">"))
			continue
		}
		ret = base // Store<T> is a Store
		break
	}
	return ret == "Self" || ret == typeName
}

// returnType is the type after the signature's top-level ->, without
// spaces and without a where clause.
func returnType(sig string) (string, bool) {
	depth := 0
	for i := 0; i < len(sig); i++ {
		switch sig[i] {
		case '(', '<', '[':
			depth++
		case ')', ']':
			depth--
		case '>':
			if i > 0 && sig[i-1] == '-' {
				continue
			}
			depth--
		case '-':
			if depth == 0 && i+1 < len(sig) && sig[i+1] == '>' {
				ret := sig[i+2:]
				if w := strings.Index(ret, " where"); w >= 0 {
					ret = ret[:w]
				}
				return strings.Join(strings.Fields(ret), ""), true
			}
		}
	}
	return "", false
}

// firstArgument is a generic argument list's first argument.
func firstArgument(args string) string {
	depth := 0
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case '<', '(':
			depth++
		case '>', ')':
			depth--
		case ',':
			if depth == 0 {
				return args[:i]
			}
		}
	}
	return args
}

package rsdefs

import "testing"

func TestReturnsSelf(t *testing.T) {
	for sig, want := range map[string]bool{
		"() -> Self ":                                true,
		"(p: &str) -> Store ":                        true,
		"(p: &str) -> std::io::Result<Self> ":        true,
		"(p: &str) -> Result<Store, Box<dyn Error>>": true,
		"() -> Option<Self> where T: Clone ":         true,
		"() -> Store<T> ":                            true,
		"(f: impl Fn() -> Self) ":                    false,
		"() -> Vec<Self> ":                           false,
		"() -> Result<(Self, u8), E> ":               false,
		"() -> Other ":                               false,
		"(&self) ":                                   false,
	} {
		if got := returnsSelf(sig, "Store"); got != want {
			t.Errorf("returnsSelf(%q) = %v, want %v", sig, got, want)
		}
	}
}

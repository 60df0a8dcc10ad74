// Package options gives analyzers the run's rule options as an analysis
// result, never as process-wide flags: two runs in one process with
// different options do not interfere, and an option of one rule changes no
// other rule's findings.
//
// A rule declares each option once as an Option[T] (its rule, key, doc and
// default), lists their Decl in its metadata, and reads the typed value
// with Get from any pass whose analyzer requires Analyzer. The check
// pipeline seeds Analyzer's result with the configured values; run on its
// own, Analyzer gives no values and every option its default.
package options

import (
	"fmt"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Type is an option's type as the configuration checks it.
type Type string

const (
	TypeString Type = "string"
	TypeBool   Type = "bool"
	TypeInt    Type = "int"
	// TypeList is a list of strings.
	TypeList Type = "list"
)

// Phrase is how a rule's doc names the type, after the option's key:
// "- `extra-blocking` (list of strings): ...".
func (t Type) Phrase() string {
	switch t {
	case TypeBool:
		return "boolean"
	case TypeInt:
		return "integer"
	case TypeList:
		return "list of strings"
	}
	return string(t)
}

// Types are every option type, for messages and checks.
var Types = []Type{TypeString, TypeBool, TypeInt, TypeList}

// Decl documents one option of a rule: its key under
// [tool.covet-lint.options.<rule-name>], its type and what it does.
type Decl struct {
	Name string
	Type Type
	Doc  string
}

// Value is what an option can hold: the Go types the configuration reads
// TOML strings, booleans, integers and arrays of strings into.
type Value interface {
	string | bool | int64 | []string
}

// Values are a run's configured options: rule name -> key -> value, each a
// string, bool, int64 or []string. Options left out take their defaults.
type Values map[string]map[string]any

// Analyzer returns the run's *Values. The check pipeline seeds it; run on
// its own it returns no values, so every option reads its default.
var Analyzer = &analysis.Analyzer{
	Name:       "options",
	Doc:        "the run's rule options, seeded by the driver; reports nothing",
	Run:        func(*analysis.Pass) (any, error) { return &Values{}, nil },
	ResultType: reflect.TypeOf((*Values)(nil)),
}

// Of returns the run's options; the pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) Values {
	v, ok := pass.ResultOf[Analyzer].(*Values)
	if !ok {
		panic(fmt.Sprintf("options: analyzer %s does not require options.Analyzer", pass.Analyzer.Name))
	}
	return *v
}

// Option is one option of one rule, with its default. Declare it once, list
// its Decl in the rule's metadata and read it with Get.
type Option[T Value] struct {
	Rule    string // the rule's name: blocking-call-in-async
	Name    string // the key: extra-blocking
	Doc     string
	Default T
}

// Decl is the option's declaration for the rule's metadata.
func (o Option[T]) Decl() Decl {
	return Decl{Name: o.Name, Type: TypeOf[T](), Doc: o.Doc}
}

// Get reads the option's value for this run, or its default.
func (o Option[T]) Get(pass *analysis.Pass) T {
	return o.From(Of(pass))
}

// From reads the option's value from v, or its default.
func (o Option[T]) From(v Values) T {
	if val, ok := v[o.Rule][o.Name].(T); ok {
		return val
	}
	return o.Default
}

// TypeOf is the option type of the Go type T.
func TypeOf[T Value]() Type {
	var zero T
	switch any(zero).(type) {
	case string:
		return TypeString
	case bool:
		return TypeBool
	case int64:
		return TypeInt
	}
	return TypeList
}

// Check tells whether val has the Go type options of type t hold.
func (t Type) Check(val any) bool {
	switch val.(type) {
	case string:
		return t == TypeString
	case bool:
		return t == TypeBool
	case int64:
		return t == TypeInt
	case []string:
		return t == TypeList
	}
	return false
}

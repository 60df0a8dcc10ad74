// Package sariftest validates SARIF logs against the OASIS SARIF 2.1.0 JSON
// schema shipped in the repository (testdata/sarif-schema-2.1.0.json), so
// that tests need neither the network nor anything outside a fresh clone.
// Only tests import it.
package sariftest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaFile is the schema's path from the module root.
const SchemaFile = "testdata/sarif-schema-2.1.0.json"

var (
	once     sync.Once
	compiled *jsonschema.Schema
	errLoad  error
)

// ModuleRoot is the nearest ancestor of the working folder holding go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("sariftest: no go.mod above the working folder")
		}
		dir = parent
	}
}

func schema() (*jsonschema.Schema, error) {
	once.Do(func() {
		root, err := ModuleRoot()
		if err != nil {
			errLoad = err
			return
		}
		f, err := os.Open(filepath.Join(root, SchemaFile))
		if err != nil {
			errLoad = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			errLoad = fmt.Errorf("sariftest: %s: %w", SchemaFile, err)
			return
		}
		const url = "file:///sarif-schema-2.1.0.json"
		c := jsonschema.NewCompiler()
		c.AssertFormat() // uri and uri-reference are checked, not just noted
		if errLoad = c.AddResource(url, doc); errLoad != nil {
			return
		}
		compiled, errLoad = c.Compile(url)
	})
	return compiled, errLoad
}

// Validate reports how log (a SARIF document) breaks the schema, or nil.
func Validate(log []byte) error {
	sch, err := schema()
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(doc)
}

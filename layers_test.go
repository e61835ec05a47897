package whosaid_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/whosaid/whosaid"

// layers is the order of the data flow, read → segment → extract →
// resolve → store → serve (docs/ARCHITECTURE.md): a package may import
// only packages of its own layer or of layers before it, so that imports
// never run back up the flow. Every package of the module must be listed.
var layers = [][]string{
	{"article", "internal/feature", "internal/lexicon", "internal/firstname", "internal/pipeline", "internal/progress", "internal/filter", "internal/polnear", "internal/warctest", "internal/shared"},
	{"ingest"},
	{"internal/segment"},
	{"internal/model"},
	{"internal/postag"},
	{"internal/depparse"},
	{"internal/extract"},
	{"internal/resolve"},
	{""}, // the root package: Extract, Document
	{"internal/output", "internal/evalset", "internal/gender", "jsonl"},
	{"store"},
	{"store/internal/textsearch", "store/internal/canon"},
	{"store/internal/sqlstore"},
	{"store/sqlite", "store/postgres"},
	{"store/open"},
	{"internal/storetest", "internal/storetest/testdb", "internal/speakereval"},
	{"internal/params"},
	{"server"},
	{"web"},
	{"cmd/whosaid", "cmd/whosaid-load", "cmd/whosaid-train", "cmd/whosaid-eval"},
}

// TestImportsFollowTheDataFlow parses the import clauses of every
// non-test Go file of the module and checks them against layers.
func TestImportsFollowTheDataFlow(t *testing.T) {
	rank := map[string]int{}
	for i, l := range layers {
		for _, p := range l {
			rank[p] = i
		}
	}
	seen := map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || isModule(p)) {
				return filepath.SkipDir // another module (beam, third_party/...) is not this one's packages
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(filepath.Dir(p))
		if pkg == "." {
			pkg = ""
		}
		seen[pkg] = true
		from, ok := rank[pkg]
		if !ok {
			t.Errorf("package %q is in no layer: add it to layers and to docs/ARCHITECTURE.md", path.Join(module, pkg))
			return nil
		}
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if ip != module && !strings.HasPrefix(ip, module+"/") {
				continue
			}
			to := strings.TrimPrefix(strings.TrimPrefix(ip, module), "/")
			r, ok := rank[to]
			if !ok {
				continue // reported when its own files are walked
			}
			if r > from {
				t.Errorf("%s imports %s, a later stage of the data flow", p, ip)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for p := range rank {
		if !seen[p] {
			t.Errorf("layers lists %q, which has no Go file", p)
		}
	}
}

// isModule: directory dir holds a go.mod of its own.
func isModule(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil
}

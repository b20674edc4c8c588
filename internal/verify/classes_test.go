package verify

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/vigie-cm/vigie/internal/claims"
)

// TestTriggerClasses holds the word classes that gate a rule's token loop
// to the rule: every word a case of the rule's switch on the token's folded
// form names must be in the class, or the gate would silently turn the
// rule off for that word.
func TestTriggerClasses(t *testing.T) {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range []string{"invented.go", "site4346.go"} {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	for _, tc := range []struct {
		fn    string
		class claims.WordClass
	}{
		{"draws", drawCueClass},
		{"awards", awardCueClass},
		{"policyAt", policyCueClass},
		{"everyNoun", everyClass},
	} {
		var words []string
		for _, f := range files {
			words = append(words, switchWords(f, tc.fn)...)
		}
		if len(words) < 5 {
			t.Fatalf("%s: found %d case words; the test no longer reads the rule's switch", tc.fn, len(words))
		}
		for _, w := range words {
			if !tc.class.Has(w) {
				t.Errorf("%s: the switch names %q, which its gate class lacks", tc.fn, w)
			}
		}
	}
}

// switchWords: the string cases of function fn's first switch on a token's
// folded form (`switch l {` or `switch toks[k].Low {`).
func switchWords(f *ast.File, fn string) []string {
	var words []string
	found := false
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != fn {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			sw, ok := n.(*ast.SwitchStmt)
			if found || !ok {
				return !found
			}
			// the switch on the token's folded form
			switch tag := sw.Tag.(type) {
			case *ast.Ident:
				if tag.Name != "l" {
					return true
				}
			case *ast.SelectorExpr:
				if tag.Sel.Name != "Low" {
					return true
				}
			default:
				return true
			}
			for _, st := range sw.Body.List {
				for _, e := range st.(*ast.CaseClause).List {
					if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						w, _ := strconv.Unquote(lit.Value)
						words = append(words, w)
					}
				}
			}
			found = true
			return false
		})
	}
	return words
}

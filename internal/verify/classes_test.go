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
	f, err := parser.ParseFile(fset, "invented.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		fn    string
		class claims.WordClass
	}{
		{"draws", drawCueClass},
		{"awards", awardCueClass},
		{"policyAt", policyCueClass},
	} {
		var words []string
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Name.Name != tc.fn {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				sw, ok := n.(*ast.SwitchStmt)
				if !ok {
					return true
				}
				// the switch on the token's folded form: `switch l {`
				if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "l" {
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
				return false
			})
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

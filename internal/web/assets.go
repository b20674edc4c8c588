package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// files holds everything the web app needs: templates, static assets and
// message catalogues. The binary is the whole product; nothing is read from
// disk or a CDN at run time.
//
//go:embed all:templates i18n static
var files embed.FS

// assets serves static files under checksummed URLs (/static/<hash>/<name>),
// so browsers may cache them forever and a new build still reaches them.
type assets struct {
	fsys fs.FS
	hash map[string]string // name -> first 12 hex digits of its SHA-256
}

func loadAssets(fsys fs.FS) (*assets, error) {
	a := &assets{fsys: fsys, hash: map[string]string{}}
	err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a.hash[strings.TrimPrefix(p, "static/")] = hex.EncodeToString(sum[:6])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: static assets: %w", err)
	}
	return a, nil
}

// url returns the checksummed URL of a static file; templates call it as
// {{static "app.css"}}. An unknown name panics at render time in tests
// rather than shipping a broken link.
func (a *assets) url(name string) (string, error) {
	h, ok := a.hash[name]
	if !ok {
		return "", fmt.Errorf("web: no static file %q", name)
	}
	return "/static/" + h + "/" + name, nil
}

func (a *assets) serve(w http.ResponseWriter, r *http.Request) {
	h, name := r.PathValue("hash"), r.PathValue("name")
	want, ok := a.hash[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	b, err := fs.ReadFile(a.fsys, path.Join("static", name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if h == want {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		// An old page asking for an old hash gets today's file, uncached.
		w.Header().Set("Cache-Control", "no-cache")
	}
	switch path.Ext(name) {
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".svg":
		w.Header().Set("Content-Type", "image/svg+xml")
	default:
		w.Header().Set("Content-Type", http.DetectContentType(b))
	}
	_, _ = w.Write(b)
}

// views holds one template set per page: the shared layout and partials
// (templates/*.html, templates/*/_*.html) cloned with that page's file, so
// every page can define its own "content" block.
type views struct {
	pages map[string]*template.Template // "core/login" -> set
}

func loadViews(fsys fs.FS, funcs template.FuncMap) (*views, error) {
	base := template.New("").Funcs(funcs)
	shared, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.Glob(fsys, "templates/*/_*.html")
	if err != nil {
		return nil, err
	}
	for _, p := range append(shared, partials...) {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		if _, err := base.New(p).Parse(string(b)); err != nil {
			return nil, fmt.Errorf("web: template %s: %w", p, err)
		}
	}
	pageFiles, err := fs.Glob(fsys, "templates/*/*.html")
	if err != nil {
		return nil, err
	}
	v := &views{pages: map[string]*template.Template{}}
	for _, p := range pageFiles {
		if strings.HasPrefix(path.Base(p), "_") {
			continue
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.New(p).Parse(string(b)); err != nil {
			return nil, fmt.Errorf("web: template %s: %w", p, err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(p, "templates/"), ".html")
		v.pages[name] = t
	}
	return v, nil
}

package web

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Langs are the UI languages, in the order the language switch shows them.
var Langs = []string{"fr", "en"}

// defaultLang is used when neither the user, a cookie nor Accept-Language
// names a language Vigie speaks.
const defaultLang = "en"

// catalog maps a language to its messages. It is built from every
// i18n/<lang>/*.json file so that each feature ships its own file and no two
// engineers edit the same one.
type catalog map[string]map[string]string

// loadCatalog reads i18n/<lang>/*.json from fsys. A key defined twice for
// one language, or present in one language and missing in another, is an
// error: a page must never show a raw key to a user.
func loadCatalog(fsys fs.FS) (catalog, error) {
	cat := catalog{}
	origin := map[string]map[string]string{} // lang -> key -> file, for error messages
	for _, lang := range Langs {
		cat[lang] = map[string]string{}
		origin[lang] = map[string]string{}
		files, err := fs.Glob(fsys, path.Join("i18n", lang, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("web: i18n: listing %s: %w", lang, err)
		}
		for _, name := range files {
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, fmt.Errorf("web: i18n: reading %s: %w", name, err)
			}
			var msgs map[string]string
			if err := json.Unmarshal(b, &msgs); err != nil {
				return nil, fmt.Errorf("web: i18n: %s: %w", name, err)
			}
			for k, v := range msgs {
				if prev, dup := origin[lang][k]; dup {
					return nil, fmt.Errorf("web: i18n: key %q defined in both %s and %s", k, prev, name)
				}
				origin[lang][k] = name
				cat[lang][k] = v
			}
		}
	}
	var missing []string
	for _, lang := range Langs {
		for _, other := range Langs {
			for k := range cat[other] {
				if _, ok := cat[lang][k]; !ok {
					missing = append(missing, fmt.Sprintf("%s lacks %q (from %s)", lang, k, origin[other][k]))
				}
			}
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("web: i18n: %s", strings.Join(missing, "; "))
	}
	return cat, nil
}

// T translates key into lang. Arguments fill {0}, {1}… placeholders, which
// unlike %s let a translation reorder them. An unknown key comes back as
// itself so that the gap is visible, never a blank.
func (c catalog) T(lang, key string, args ...any) string {
	msg, ok := c[lang][key]
	if !ok {
		msg, ok = c[defaultLang][key]
	}
	if !ok {
		return key
	}
	if len(args) == 0 || !strings.Contains(msg, "{") {
		return msg
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			b.WriteString(msg)
			break
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			b.WriteString(msg)
			break
		}
		n, err := strconv.Atoi(msg[i+1 : i+j])
		b.WriteString(msg[:i])
		if err != nil || n < 0 || n >= len(args) {
			b.WriteString(msg[i : i+j+1])
		} else {
			fmt.Fprint(&b, args[n])
		}
		msg = msg[i+j+1:]
	}
	return b.String()
}

// supported reports whether lang is a UI language.
func supported(lang string) bool {
	for _, l := range Langs {
		if l == lang {
			return true
		}
	}
	return false
}

// negotiate picks the UI language from an Accept-Language header: the
// supported language with the highest quality, the header's order breaking
// ties. "fr-CA" counts as "fr".
func negotiate(header string) string {
	best, bestQ := "", 0.0
	for _, part := range strings.Split(header, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		tag, params, _ := strings.Cut(part, ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.TrimSpace(k) == "q" {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0
				}
				q = f
			}
		}
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if q > bestQ && supported(base) {
			best, bestQ = base, q
		}
	}
	if best == "" {
		return defaultLang
	}
	return best
}

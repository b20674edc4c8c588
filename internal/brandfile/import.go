package brandfile

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

// Options say where a document goes and who imports it.
type Options struct {
	WorkspaceID int64
	// BrandSlug overrides the file's slug; required for a CSV fact sheet,
	// whose brand must already exist.
	BrandSlug string
	Actor     string // for the audit log; "system" when empty
	UserID    *int64
	// DryRun does the whole import, checks included, then rolls it back:
	// the Result says what would change and nothing is stored.
	DryRun bool
}

// errDryRun rolls back a dry run's transaction.
var errDryRun = errors.New("brandfile: dry run")

// Counts tallies one kind of change per section.
type Counts struct {
	Accounts int `json:"accounts"`
	Facts    int `json:"facts"`
	Briefs   int `json:"briefs"`
	FAQ      int `json:"faq"`
	Posts    int `json:"posts"`
}

// Result says what an import did.
type Result struct {
	Brand        brand.Brand
	BrandCreated bool
	BrandUpdated bool
	Created      Counts
	Updated      Counts
	Unchanged    Counts
}

// Import stores d in one transaction: either all of it or, on any error,
// nothing. The rules (see docs/storage.md):
//
//   - the brand is found by slug (Options.BrandSlug, else the file's, else
//     derived from the name) and created when absent; when present, the
//     brand fields the file sets replace the stored ones;
//   - facts and briefs are matched by key: new keys are created, existing
//     ones replaced by the file's version (a fact's expired_at is kept when
//     the file does not set one); keys absent from the file are left alone;
//   - accounts are matched by network and handle, FAQ entries by language
//     and question, posts by network, publication time and text; matches
//     are updated (accounts, FAQ) or skipped (posts);
//   - nothing is ever deleted by an import;
//   - every brief's fact keys must exist in the file or in the brand;
//   - the audit log gets one brand.import entry with the summary, plus one
//     entry per created brand and per replaced fact or brief, with the
//     state before and after.
func Import(ctx context.Context, s store.Store, d *Doc, opt Options) (Result, error) {
	var res Result
	slug := opt.BrandSlug
	if slug == "" {
		slug = d.Brand.Slug
	}
	if slug == "" {
		slug = Slugify(d.Brand.Name)
	}
	if !slugRe.MatchString(slug) {
		return res, ErrorList{{File: d.file, Field: "slug", Msg: fmt.Sprintf("brand slug %q: use lowercase letters, digits and single hyphens", slug)}}
	}
	actor := opt.Actor
	if actor == "" {
		actor = "system"
	}
	err := s.InTx(ctx, func(tx store.Store) error {
		res = Result{}
		imp := &importer{tx: tx, d: d, opt: opt, actor: actor, res: &res}
		if err := imp.run(ctx, slug); err != nil {
			return err
		}
		if opt.DryRun {
			return errDryRun
		}
		return nil
	})
	if err != nil && !(opt.DryRun && errors.Is(err, errDryRun)) {
		return Result{}, err
	}
	return res, nil
}

type importer struct {
	tx    store.Store
	d     *Doc
	opt   Options
	actor string
	res   *Result
	// keys created, for the audit summary (updated ones get their own entry)
	newFacts, newBriefs []string
}

// maxAuditKeys bounds the key lists in an import's audit summary.
const maxAuditKeys = 500

func addKey(l []string, k string) []string {
	if len(l) < maxAuditKeys {
		l = append(l, k)
	}
	return l
}

func (im *importer) audit(ctx context.Context, action, entity string, id int64, before, after any) error {
	e := brand.AuditEntry{WorkspaceID: im.opt.WorkspaceID, UserID: im.opt.UserID, Actor: im.actor, Action: action, Entity: entity, EntityID: id}
	if before != nil {
		b, _ := json.Marshal(before)
		e.Before = string(b)
	}
	if after != nil {
		b, _ := json.Marshal(after)
		e.After = string(b)
	}
	return im.tx.AppendAudit(ctx, &e)
}

type brandView struct {
	Name       string   `json:"name"`
	Slug       string   `json:"slug"`
	Languages  []string `json:"languages,omitempty"`
	Voice      string   `json:"voice,omitempty"`
	WordsUse   []string `json:"words_use,omitempty"`
	WordsAvoid []string `json:"words_avoid,omitempty"`
}

func viewBrand(b brand.Brand) brandView {
	return brandView{b.Name, b.Slug, b.Languages, b.Voice, b.WordsUse, b.WordsAvoid}
}

func (im *importer) run(ctx context.Context, slug string) error {
	d := im.d
	b, err := im.tx.GetBrandBySlug(ctx, im.opt.WorkspaceID, slug)
	switch {
	case errors.Is(err, store.ErrNotFound):
		if d.FactsOnly {
			return ErrorList{{File: d.file, Msg: fmt.Sprintf("brand %q does not exist in this workspace: import its brand file (YAML or JSON) first, or name an existing brand", slug)}}
		}
		b = brand.Brand{WorkspaceID: im.opt.WorkspaceID, Name: d.Brand.Name, Slug: slug, Languages: d.Brand.Languages,
			Voice: d.Brand.Voice, WordsUse: d.Brand.WordsUse, WordsAvoid: d.Brand.WordsAvoid}
		if err := im.tx.CreateBrand(ctx, &b); err != nil {
			return fmt.Errorf("brandfile: %s: %w", d.file, err)
		}
		im.res.BrandCreated = true
		if err := im.audit(ctx, "brand.create", "brand", b.ID, nil, viewBrand(b)); err != nil {
			return err
		}
	case err != nil:
		return fmt.Errorf("brandfile: %s: %w", d.file, err)
	case !d.FactsOnly:
		before := b
		if d.Brand.Name != "" {
			b.Name = d.Brand.Name
		}
		if d.Brand.Languages != nil {
			b.Languages = d.Brand.Languages
		}
		if d.Brand.Voice != "" {
			b.Voice = d.Brand.Voice
		}
		if d.Brand.WordsUse != nil {
			b.WordsUse = d.Brand.WordsUse
		}
		if d.Brand.WordsAvoid != nil {
			b.WordsAvoid = d.Brand.WordsAvoid
		}
		if !reflect.DeepEqual(viewBrand(before), viewBrand(b)) {
			if err := im.tx.UpdateBrand(ctx, b); err != nil {
				return fmt.Errorf("brandfile: %s: %w", d.file, err)
			}
			im.res.BrandUpdated = true
			if err := im.audit(ctx, "brand.update", "brand", b.ID, viewBrand(before), viewBrand(b)); err != nil {
				return err
			}
		}
	}
	im.res.Brand = b

	if err := im.checkRefs(ctx, b.ID); err != nil {
		return err
	}
	steps := []func(context.Context, int64) error{im.accounts, im.facts, im.briefs, im.faq, im.posts}
	for _, step := range steps {
		if err := step(ctx, b.ID); err != nil {
			return err
		}
	}
	summary := map[string]any{
		"file": d.file, "brand": b.Slug, "brand_created": im.res.BrandCreated, "brand_updated": im.res.BrandUpdated,
		"created": im.res.Created, "updated": im.res.Updated, "unchanged": im.res.Unchanged,
		"created_fact_keys": im.newFacts, "created_brief_keys": im.newBriefs,
	}
	return im.audit(ctx, "brand.import", "brand", b.ID, nil, summary)
}

// checkRefs makes sure every fact a brief names exists, in the file or
// already in the brand.
func (im *importer) checkRefs(ctx context.Context, brandID int64) error {
	if len(im.d.Briefs) == 0 {
		return nil
	}
	known := map[string]bool{}
	for _, f := range im.d.Facts {
		known[f.Key] = true
	}
	stored, err := im.tx.ListFacts(ctx, brandID, store.FactFilter{IncludeExpired: true})
	if err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	for _, f := range stored {
		known[f.Key] = true
	}
	var errs ErrorList
	for i, br := range im.d.Briefs {
		for j, k := range br.FactKeys {
			if !known[k] {
				path := fmt.Sprintf("briefs[%d].facts[%d]", i, j)
				errs = append(errs, &Error{File: im.d.file, Line: im.d.at(path), Field: path,
					Msg: fmt.Sprintf("brief %q references fact %q, which is neither in this file nor in brand %q", br.Key, k, im.res.Brand.Slug)})
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

func (im *importer) accounts(ctx context.Context, brandID int64) error {
	stored, err := im.tx.ListAccounts(ctx, brandID)
	if err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	for _, a := range im.d.Accounts {
		i := slices.IndexFunc(stored, func(x brand.Account) bool { return x.Network == a.Network && x.Handle == a.Handle })
		switch {
		case i < 0:
			a.BrandID = brandID
			if err := im.tx.CreateAccount(ctx, &a); err != nil {
				return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
			}
			im.res.Created.Accounts++
		case stored[i].AudienceNotes != a.AudienceNotes:
			up := stored[i]
			up.AudienceNotes = a.AudienceNotes
			if err := im.tx.UpdateAccount(ctx, up); err != nil {
				return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
			}
			im.res.Updated.Accounts++
		default:
			im.res.Unchanged.Accounts++
		}
	}
	return nil
}

func sameFact(a, b brand.Fact) bool {
	return reflect.DeepEqual(factWire(a), factWire(b))
}

func (im *importer) facts(ctx context.Context, brandID int64) error {
	if len(im.d.Facts) == 0 {
		return nil
	}
	// One query for the whole sheet rather than one per fact: an import is
	// mostly round trips to the database.
	stored, err := im.tx.ListFacts(ctx, brandID, store.FactFilter{IncludeExpired: true})
	if err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	byKey := make(map[string]brand.Fact, len(stored))
	for _, f := range stored {
		byKey[f.Key] = f
	}
	var fresh []*brand.Fact
	for i, f := range im.d.Facts {
		f.BrandID = brandID
		old, ok := byKey[f.Key]
		if !ok {
			fresh = append(fresh, &f)
			im.res.Created.Facts++
			im.newFacts = addKey(im.newFacts, f.Key)
			continue
		}
		if f.ExpiredAt == nil {
			f.ExpiredAt = old.ExpiredAt
		}
		f.ID, f.CreatedAt = old.ID, old.CreatedAt
		if sameFact(old, f) {
			im.res.Unchanged.Facts++
			continue
		}
		if err := im.tx.UpdateFact(ctx, f); err != nil {
			return im.rowErr(fmt.Sprintf("facts[%d]", i), err)
		}
		im.res.Updated.Facts++
		if err := im.audit(ctx, "fact.update", "fact", f.ID, factWire(old), factWire(f)); err != nil {
			return err
		}
	}
	// New facts go in a few multi-row statements.
	if err := im.tx.CreateFacts(ctx, fresh); err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	return nil
}

// rowErr places a store error at the file's line, keeping it wrapped so
// that callers can still tell ErrInvalid or ErrConflict apart.
func (im *importer) rowErr(path string, err error) error {
	pos := &Error{File: im.d.file, Line: im.d.at(path), Field: path}
	return fmt.Errorf("%s%w", pos.Error(), err)
}

func (im *importer) briefs(ctx context.Context, brandID int64) error {
	if len(im.d.Briefs) == 0 {
		return nil
	}
	stored, err := im.tx.ListBriefs(ctx, brandID)
	if err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	byKey := map[string]brand.Brief{}
	for _, b := range stored {
		if b.Key != "" {
			byKey[b.Key] = b
		}
	}
	for i, b := range im.d.Briefs {
		b.BrandID = brandID
		old, ok := byKey[b.Key]
		if !ok {
			if err := im.tx.CreateBrief(ctx, &b); err != nil {
				return im.rowErr(fmt.Sprintf("briefs[%d]", i), err)
			}
			im.res.Created.Briefs++
			im.newBriefs = addKey(im.newBriefs, b.Key)
			continue
		}
		b.ID, b.CreatedAt = old.ID, old.CreatedAt
		if reflect.DeepEqual(briefWire(old), briefWire(b)) {
			im.res.Unchanged.Briefs++
			continue
		}
		if err := im.tx.UpdateBrief(ctx, b); err != nil {
			return im.rowErr(fmt.Sprintf("briefs[%d]", i), err)
		}
		im.res.Updated.Briefs++
		if err := im.audit(ctx, "brief.update", "brief", b.ID, briefWire(old), briefWire(b)); err != nil {
			return err
		}
	}
	return nil
}

func (im *importer) faq(ctx context.Context, brandID int64) error {
	stored, err := im.tx.ListFAQ(ctx, brandID)
	if err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	for _, e := range im.d.FAQ {
		i := slices.IndexFunc(stored, func(x brand.FAQEntry) bool { return x.Lang == e.Lang && x.Question == e.Question })
		switch {
		case i < 0:
			e.BrandID = brandID
			if err := im.tx.CreateFAQ(ctx, &e); err != nil {
				return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
			}
			im.res.Created.FAQ++
		case stored[i].Answer != e.Answer:
			up := stored[i]
			up.Answer = e.Answer
			if err := im.tx.UpdateFAQ(ctx, up); err != nil {
				return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
			}
			im.res.Updated.FAQ++
		default:
			im.res.Unchanged.FAQ++
		}
	}
	return nil
}

func samePost(a, b brand.Post) bool {
	if a.Network != b.Network || a.Text != b.Text || (a.PublishedAt == nil) != (b.PublishedAt == nil) {
		return false
	}
	return a.PublishedAt == nil || a.PublishedAt.Equal(*b.PublishedAt)
}

func (im *importer) posts(ctx context.Context, brandID int64) error {
	if len(im.d.Posts) == 0 {
		return nil
	}
	stored, err := im.tx.ListPosts(ctx, brandID, 0)
	if err != nil {
		return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
	}
	for _, p := range im.d.Posts {
		if slices.ContainsFunc(stored, func(x brand.Post) bool { return samePost(x, p) }) {
			im.res.Unchanged.Posts++
			continue
		}
		p.BrandID = brandID
		if p.PublishedAt != nil {
			// Keep the creation time in step with history for imported posts.
			p.CreatedAt = *p.PublishedAt
		} else {
			p.CreatedAt = time.Time{}
		}
		if err := im.tx.CreatePost(ctx, &p); err != nil {
			return fmt.Errorf("brandfile: %s: %w", im.d.file, err)
		}
		stored = append(stored, p)
		im.res.Created.Posts++
	}
	return nil
}

// Package brand is Vigie's data model: workspaces (an agency and its client
// brands), users and their roles, brands with their voice, network accounts,
// fact sheets, briefs, FAQ entries and the audit log. It holds types and the
// rules about them; persistence lives in package store.
package brand

import (
	"fmt"
	"time"
)

// Role is a member's role in a workspace. Roles are ordered: each one can do
// everything the roles below it can.
type Role string

const (
	RoleOwner    Role = "owner"    // everything, including members and deletion
	RoleManager  Role = "manager"  // brands, facts, briefs, FAQ, members below owner
	RoleEditor   Role = "editor"   // facts, briefs, FAQ, drafts
	RoleReviewer Role = "reviewer" // approve, override findings; no fact edits
	RoleAnalyst  Role = "analyst"  // read-only, reports
)

// Roles lists every role from most to least powerful.
var Roles = []Role{RoleOwner, RoleManager, RoleEditor, RoleReviewer, RoleAnalyst}

func (r Role) rank() int {
	for i, x := range Roles {
		if x == r {
			return len(Roles) - i
		}
	}
	return 0
}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r.rank() > 0 }

// AtLeast reports whether r has at least the powers of min.
func (r Role) AtLeast(min Role) bool { return r.Valid() && r.rank() >= min.rank() }

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !r.Valid() {
		return "", fmt.Errorf("unknown role %q (want owner, manager, editor, reviewer or analyst)", s)
	}
	return r, nil
}

// Workspace is an agency or a team; it holds several client brands.
type Workspace struct {
	ID        int64
	Name      string
	Slug      string
	CreatedAt time.Time
}

// User is a person who logs in.
type User struct {
	ID           int64
	Email        string
	Name         string
	PasswordHash string // argon2id or bcrypt, never the password
	Lang         string // UI language preference: "fr", "en" or "" (from Accept-Language)
	CreatedAt    time.Time
}

// Membership gives a user a role in a workspace.
type Membership struct {
	WorkspaceID int64
	UserID      int64
	Role        Role
	User        User // filled when listing members
}

// Brand is a client brand with its voice.
type Brand struct {
	ID          int64
	WorkspaceID int64
	Name        string
	Slug        string
	Languages   []string // e.g. ["fr", "en"], first is the default
	Voice       string   // voice and tone guidelines, free text
	WordsUse    []string // words and phrases the brand prefers
	WordsAvoid  []string // words and phrases the brand avoids
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Network identifies a social network.
type Network string

const (
	NetworkX         Network = "x"
	NetworkBluesky   Network = "bluesky"
	NetworkMastodon  Network = "mastodon"
	NetworkThreads   Network = "threads"
	NetworkInstagram Network = "instagram"
	NetworkFacebook  Network = "facebook"
	NetworkLinkedIn  Network = "linkedin"
	NetworkTikTok    Network = "tiktok"
	NetworkYouTube   Network = "youtube"
)

// Networks lists the networks Vigie knows.
var Networks = []Network{NetworkFacebook, NetworkInstagram, NetworkLinkedIn, NetworkX, NetworkBluesky, NetworkMastodon, NetworkThreads, NetworkTikTok, NetworkYouTube}

// Valid reports whether n is a known network.
func (n Network) Valid() bool {
	for _, x := range Networks {
		if x == n {
			return true
		}
	}
	return false
}

// Account is a brand's account on one network.
type Account struct {
	ID            int64
	BrandID       int64
	Network       Network
	Handle        string
	AudienceNotes string
}

// FactKind is the optional structured kind of a fact.
type FactKind string

const (
	KindNone    FactKind = ""
	KindDate    FactKind = "date"
	KindPrice   FactKind = "price"
	KindPercent FactKind = "percent"
	KindCount   FactKind = "count"
	KindPlace   FactKind = "place"
	KindPerson  FactKind = "person"
	KindURL     FactKind = "url"
	KindHashtag FactKind = "hashtag"
	KindOffer   FactKind = "offer"
	KindOther   FactKind = "other"
)

// FactKinds lists the structured kinds.
var FactKinds = []FactKind{KindDate, KindPrice, KindPercent, KindCount, KindPlace, KindPerson, KindURL, KindHashtag, KindOffer, KindOther}

// Valid reports whether k is empty or a known kind.
func (k FactKind) Valid() bool {
	if k == KindNone {
		return true
	}
	for _, x := range FactKinds {
		if x == k {
			return true
		}
	}
	return false
}

// Fact is one line of a brand's fact sheet: the ground truth that drafting
// uses and verification checks against.
type Fact struct {
	ID      int64
	BrandID int64
	// Key is a stable, human-readable identifier within the brand (e.g.
	// "anniversary-date"), used by briefs, imports and prompts.
	Key    string
	Text   string   // the fact as a sentence, in the brand's language
	Lang   string   // language of Text
	Kind   FactKind // optional structure
	Value  string   // structured value, e.g. "2026-09-12", "12.90", "20"
	Unit   string   // e.g. "EUR", "%", "guests"
	Source string   // where the fact comes from (URL, document, person)
	// ValidFrom and ValidUntil bound when the fact is true; nil is open.
	ValidFrom  *time.Time
	ValidUntil *time.Time
	Tags       []string
	// ExpiredAt marks a fact withdrawn by hand; it is kept for history.
	ExpiredAt *time.Time
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Active reports whether the fact holds at t: not expired and within its
// validity window.
func (f Fact) Active(t time.Time) bool {
	if f.ExpiredAt != nil && !t.Before(*f.ExpiredAt) {
		return false
	}
	if f.ValidFrom != nil && t.Before(*f.ValidFrom) {
		return false
	}
	if f.ValidUntil != nil && t.After(*f.ValidUntil) {
		return false
	}
	return true
}

// Brief is what a campaign or a post must say.
type Brief struct {
	ID          int64
	BrandID     int64
	Key         string
	Title       string
	Objective   string
	KeyMessages []string
	FactKeys    []string // facts the brief relies on
	Audience    string
	Networks    []Network
	StartsOn    *time.Time
	EndsOn      *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// FAQEntry is a question the community asks and the brand's answer.
type FAQEntry struct {
	ID       int64
	BrandID  int64
	Question string
	Answer   string
	Lang     string
}

// Post is a past or planned post of the brand; the history feeds the style
// guard (repetition) and the demo.
type Post struct {
	ID          int64
	BrandID     int64
	Network     Network
	Lang        string
	Text        string
	PublishedAt *time.Time
	CreatedAt   time.Time
}

// AuditEntry records who did what, when, with the state before and after
// (JSON), so that every change and every human override can be traced.
type AuditEntry struct {
	ID          int64
	WorkspaceID int64
	UserID      *int64 // nil for the system (imports from the CLI, bots)
	Actor       string // display name or "system"
	Action      string // e.g. "fact.create", "fact.expire", "member.role"
	Entity      string // e.g. "fact"
	EntityID    int64
	Before      string // JSON, empty when created
	After       string // JSON, empty when deleted
	At          time.Time
}

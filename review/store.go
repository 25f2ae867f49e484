package review

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"yusuan/model"
)

// Suffix is added to the document's path to name its sidecar:
// budget.pdf → budget.pdf.yusuan-review.json.
const Suffix = ".yusuan-review.json"

// Schema names the sidecar's format.
const Schema = "yusuan-review/v1"

// Path is the sidecar of the document at doc.
func Path(doc string) string { return doc + Suffix }

// File is a document's sidecar: its marks, one per finding key.
type File struct {
	Schema string `json:"schema"`
	// Document is the file name of the document the marks are about.
	Document string `json:"document"`
	Marks    []Mark `json:"marks"`
}

// Mark is one finding's mark. Rule, Where, Expected and Actual repeat the
// finding for a person reading the sidecar; only Key finds it again.
type Mark struct {
	Key      string `json:"key"`
	Rule     string `json:"rule"`
	Where    string `json:"where,omitempty"`
	Expected string `json:"expected,omitempty"`
	Actual   string `json:"actual,omitempty"`
	model.Review
}

// Load reads the sidecar of the document at doc; a document without one
// has no marks (an empty File, not an error). A sidecar that does not read
// as one is an error: it is never overwritten unseen.
func Load(doc string) (*File, error) {
	f := &File{Schema: Schema, Document: filepath.Base(doc)}
	b, err := os.ReadFile(Path(doc))
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, f); err != nil || f.Schema != Schema {
		return nil, fmt.Errorf("%s: 不是 yusuan 的审核记录 (not a yusuan review file)", Path(doc))
	}
	for i := range f.Marks {
		m := &f.Marks[i]
		m.Note = model.CleanText(m.Note) // the sidecar is as untrusted as the document
		if !slices.Contains(model.ReviewStates, m.State) {
			return nil, fmt.Errorf("%s: 未知的审核状态 %q (unknown state)", Path(doc), m.State)
		}
	}
	return f, nil
}

// Find returns the mark of key, nil when it has none.
func (f *File) Find(key string) *Mark {
	for i := range f.Marks {
		if f.Marks[i].Key == key {
			return &f.Marks[i]
		}
	}
	return nil
}

// Set marks the finding whose key is key; r.State empty removes its mark.
func (f *File) Set(key string, fd model.Finding, r model.Review) {
	f.Marks = slices.DeleteFunc(f.Marks, func(m Mark) bool { return m.Key == key })
	if r.State == "" {
		return
	}
	r.Note = model.CleanText(r.Note)
	f.Marks = append(f.Marks, Mark{Key: key, Rule: fd.Rule, Where: fd.Where, Expected: fd.Expected, Actual: fd.Actual, Review: r})
}

// Save writes the sidecar of the document at doc atomically: a temporary
// file in the same folder, synced, then renamed over the old one, so that
// a crash or a full disk leaves the old marks whole.
func Save(doc string, f *File) error {
	f.Schema = Schema
	f.Document = filepath.Base(doc)
	if f.Marks == nil {
		f.Marks = []Mark{}
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	path := Path(doc)
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("不能在 %s 写审核记录 (cannot write the review file there): %w", filepath.Dir(path), err)
	}
	name := tmp.Name()
	_, err = tmp.Write(append(b, '\n'))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("不能写审核记录 %s (cannot write the review file): %w", path, err)
	}
	return nil
}

// Attach gives every finding its key and its mark from the sidecar.
func Attach(fs []model.Finding, f *File) {
	for i, k := range Keys(fs) {
		fs[i].Key = k
		fs[i].Review = nil
		if m := f.Find(k); m != nil {
			r := m.Review
			fs[i].Review = &r
		}
	}
}

// Stale returns the marks that no finding of fs carries any more (the
// document or a rule changed): said, never dropped.
func Stale(fs []model.Finding, f *File) []Mark {
	keys := map[string]bool{}
	for _, fd := range fs {
		keys[fd.Key] = true
	}
	var out []Mark
	for _, m := range f.Marks {
		if !keys[m.Key] {
			out = append(out, m)
		}
	}
	return out
}

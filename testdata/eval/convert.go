//go:build ignore

// Convert turns the marked-up evaluation passages of testdata/eval into
// JSON Lines with UTF-8 byte offsets.
//
//	go run testdata/eval/convert.go -check FILE...
//	go run testdata/eval/convert.go -set attributions testdata/eval/attributions/markup > set.jsonl
//	go run testdata/eval/convert.go -set speakers testdata/eval/speakers/markup > set.jsonl
//	go run testdata/eval/convert.go -set attributions -half measure testdata/eval/attributions/markup > measure.jsonl
//
// A passage file is a header line ("# key=value ..."; a value runs to the
// next " key="), a blank line, the body, a line "---" and annotation
// lines. In the body, ⟦TAG text⟧ marks text with TAG; tags nest, and
// several tags with one name make a discontinuous span.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const (
	open  = "⟦"
	close = "⟧"
)

type span [2]int

type passage struct {
	file   string
	header map[string]string
	text   string
	tags   map[string][]span // tag name -> pieces in text order
	notes  []string          // annotation lines after "---"
}

func main() {
	check := flag.Bool("check", false, "validate files and print each tag's text")
	set := flag.String("set", "", "attributions or speakers: write the set of DIR as JSON Lines")
	half := flag.String("half", "", "write only the passages of this half (tune or measure)")
	flag.Parse()
	switch {
	case *check:
		failed := false
		for _, f := range flag.Args() {
			p, err := read(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				failed = true
				continue
			}
			printTags(p)
		}
		if failed {
			os.Exit(1)
		}
	case *set == "attributions" || *set == "speakers":
		if flag.NArg() != 1 {
			fmt.Fprintln(os.Stderr, "convert: -set needs one folder")
			os.Exit(2)
		}
		if err := writeSet(*set, flag.Arg(0), *half); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

var keyRE = regexp.MustCompile(`(?:^|\s)([a-z_]+)=`)

// parseKV reads "a=1 b=two words c=3": a value runs to the next key.
func parseKV(s string) map[string]string {
	kv := map[string]string{}
	idx := keyRE.FindAllStringSubmatchIndex(s, -1)
	for i, m := range idx {
		end := len(s)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		kv[s[m[2]:m[3]]] = strings.TrimSpace(s[m[1]:end])
	}
	return kv
}

func read(file string) (*passage, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	src := strings.ReplaceAll(string(raw), "\r\n", "\n")
	head, rest, ok := strings.Cut(src, "\n")
	if !ok || !strings.HasPrefix(head, "#") {
		return nil, fmt.Errorf("%s: first line must be a '# key=value' header", file)
	}
	rest = strings.TrimPrefix(rest, "\n")
	body, notes, _ := strings.Cut(rest, "\n---\n")
	if strings.HasSuffix(rest, "\n---") {
		body, notes = strings.TrimSuffix(rest, "\n---"), ""
	}
	p := &passage{file: file, header: parseKV(strings.TrimPrefix(head, "#")), tags: map[string][]span{}}
	for _, l := range strings.Split(notes, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			p.notes = append(p.notes, l)
		}
	}
	var out strings.Builder
	type frame struct {
		name  string
		start int
		line  int
	}
	var stack []frame
	line := 3
	for i := 0; i < len(body); {
		switch {
		case strings.HasPrefix(body[i:], open):
			j := i + len(open)
			k := j
			for k < len(body) && body[k] != ' ' && body[k] != '\n' && !strings.HasPrefix(body[k:], close) {
				k++
			}
			if k == j || k >= len(body) || body[k] != ' ' {
				return nil, fmt.Errorf("%s:%d: a tag needs a name and one space: %q", file, line, snippet(body, i))
			}
			stack = append(stack, frame{name: body[j:k], start: out.Len(), line: line})
			i = k + 1
		case strings.HasPrefix(body[i:], close):
			if len(stack) == 0 {
				return nil, fmt.Errorf("%s:%d: %s closes no tag: %q", file, line, close, snippet(body, i))
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if out.Len() == f.start {
				return nil, fmt.Errorf("%s:%d: empty tag %s", file, f.line, f.name)
			}
			p.tags[f.name] = append(p.tags[f.name], span{f.start, out.Len()})
			i += len(close)
		default:
			if body[i] == '\n' {
				line++
			}
			out.WriteByte(body[i])
			i++
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%s:%d: tag %s is not closed", file, stack[len(stack)-1].line, stack[len(stack)-1].name)
	}
	p.text = strings.TrimRight(out.String(), "\n")
	for name, sp := range p.tags {
		sort.Slice(sp, func(a, b int) bool { return sp[a][0] < sp[b][0] })
		for _, s := range sp {
			t := p.text[s[0]:s[1]]
			if strings.TrimSpace(t) != t {
				return nil, fmt.Errorf("%s: tag %s starts or ends with white space: %q", file, name, t)
			}
		}
	}
	return p, nil
}

func snippet(s string, i int) string {
	e := min(len(s), i+40)
	return s[i:e]
}

func printTags(p *passage) {
	fmt.Printf("== %s (%d bytes)\n", p.file, len(p.text))
	names := make([]string, 0, len(p.tags))
	for n := range p.tags {
		names = append(names, n)
	}
	sort.Slice(names, func(a, b int) bool { return p.tags[names[a]][0][0] < p.tags[names[b]][0][0] })
	for _, n := range names {
		var parts []string
		for _, s := range p.tags[n] {
			parts = append(parts, p.text[s[0]:s[1]])
		}
		fmt.Printf("  %-6s %s\n", n, strings.Join(parts, " … "))
	}
	for _, l := range p.notes {
		fmt.Printf("  note   %s\n", l)
	}
}

func spans(sp []span) [][2]int {
	out := make([][2]int, 0, len(sp))
	for _, s := range sp {
		out = append(out, [2]int(s))
	}
	return out
}

type attribution struct {
	Source  [][2]int `json:"source"`
	Cue     [][2]int `json:"cue"`
	Content [][2]int `json:"content"`
	Kind    string   `json:"kind"`
	Speaker string   `json:"speaker,omitempty"`
}

type mention struct {
	Span      [2]int `json:"span"`
	Text      string `json:"text"`
	Entity    string `json:"entity"`
	Kind      string `json:"kind,omitempty"`
	Gender    string `json:"gender,omitempty"`
	Canonical string `json:"canonical,omitempty"`
	Title     string `json:"title,omitempty"`
}

var attrTag = regexp.MustCompile(`^([SCQ])([0-9]+)$`)

func attributions(p *passage) ([]attribution, error) {
	byN := map[int]*attribution{}
	get := func(n int) *attribution {
		if byN[n] == nil {
			byN[n] = &attribution{Source: [][2]int{}, Cue: [][2]int{}, Content: [][2]int{}}
		}
		return byN[n]
	}
	for name, sp := range p.tags {
		m := attrTag.FindStringSubmatch(name)
		if m == nil {
			return nil, fmt.Errorf("%s: tag %q is not S<n>, C<n> or Q<n>", p.file, name)
		}
		n, _ := strconv.Atoi(m[2])
		a := get(n)
		switch m[1] {
		case "S":
			a.Source = spans(sp)
		case "C":
			a.Cue = spans(sp)
		case "Q":
			a.Content = spans(sp)
		}
	}
	for _, l := range p.notes {
		num, rest, _ := strings.Cut(l, " ")
		n, err := strconv.Atoi(num)
		if err != nil || byN[n] == nil {
			return nil, fmt.Errorf("%s: note %q names no tagged attribution", p.file, l)
		}
		kv := parseKV(rest)
		a := byN[n]
		a.Kind, a.Speaker = kv["kind"], kv["speaker"]
		switch a.Kind {
		case "person", "organization":
			if a.Speaker == "" {
				return nil, fmt.Errorf("%s: attribution %d: kind %s needs a speaker", p.file, n, a.Kind)
			}
		case "anonymous", "none":
			a.Speaker = ""
		default:
			return nil, fmt.Errorf("%s: attribution %d: kind %q is not person, organization, anonymous or none", p.file, n, a.Kind)
		}
		if (a.Kind == "none") != (len(a.Source) == 0) {
			return nil, fmt.Errorf("%s: attribution %d: kind none if and only if there is no S tag", p.file, n)
		}
	}
	nums := make([]int, 0, len(byN))
	for n, a := range byN {
		if a.Kind == "" {
			return nil, fmt.Errorf("%s: attribution %d has no note line", p.file, n)
		}
		if len(a.Cue) == 0 || len(a.Content) == 0 {
			return nil, fmt.Errorf("%s: attribution %d needs a C and a Q tag", p.file, n)
		}
		nums = append(nums, n)
	}
	sort.Ints(nums)
	out := make([]attribution, 0, len(nums))
	for _, n := range nums {
		out = append(out, *byN[n])
	}
	return out, nil
}

type entity struct{ name, kind, gender string }

func readEntities(dir string) (map[string]entity, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*-entities.tsv"))
	ents := map[string]entity{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 4 || cols[0] == "id" {
				continue
			}
			ents[cols[0]] = entity{name: cols[1], kind: cols[2], gender: cols[3]}
		}
		fh.Close()
	}
	return ents, nil
}

func writeSet(kind, dir, half string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	ents, err := readEntities(filepath.Dir(filepath.Clean(dir)))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var errs []string
	for _, f := range files {
		p, err := read(f)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		rec := map[string]any{
			"id":        strings.TrimSuffix(filepath.Base(f), ".txt"),
			"half":      p.header["half"],
			"genre":     p.header["genre"],
			"outlet":    p.header["outlet"],
			"published": p.header["date"],
			"text":      p.text,
		}
		if a := p.header["author"]; a != "" {
			rec["author"] = a // the page's metadata author, as whosaid's HTML reader finds it
		}
		if p.header["half"] != "tune" && p.header["half"] != "measure" {
			errs = append(errs, fmt.Sprintf("%s: half must be tune or measure", f))
			continue
		}
		if half != "" && p.header["half"] != half {
			continue
		}
		if kind == "attributions" {
			as, err := attributions(p)
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			rec["attributions"] = as
		} else {
			titles := map[string]string{}
			for _, l := range p.notes {
				id, rest, _ := strings.Cut(l, " ")
				titles[id] = parseKV(rest)["title"]
			}
			var ms []mention
			for name, sp := range p.tags {
				e, ok := ents[name]
				if !ok && name != "anon" {
					errs = append(errs, fmt.Sprintf("%s: entity %s is not in the registry", f, name))
					continue
				}
				for _, s := range sp {
					ms = append(ms, mention{Span: [2]int(s), Text: p.text[s[0]:s[1]], Entity: name,
						Kind: e.kind, Gender: e.gender, Canonical: e.name, Title: titles[name]})
				}
			}
			sort.Slice(ms, func(a, b int) bool { return ms[a].Span[0] < ms[b].Span[0] })
			rec["mentions"] = ms
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

//go:build unix

package whosaid_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/shared"
)

// The docs test runs every fenced sh block of README.md and docs/*.md as
// written, in order, as a reader would in one terminal: in a copy of the
// repository (beside a link to ../shared), with `whosaid` on PATH, the
// working folder and exported variables carried from block to block of a
// file. A block must exit 0 unless it says otherwise in a marker comment
// (docs/CONTRIBUTING.md lists them):
//
//	# docs-test: skip REASON naming the test, benchmark or .ci script that covers it
//	# docs-test: exit N
//	# docs-test: output TEXT          (stdout or stderr holds TEXT)
//	# docs-test: stdout is the next block
//	# docs-test: background HOST:PORT (runs until the file's last block is done)
//
// A block that mentions ../shared needs it (skipped in a plain clone,
// failed under WHOSAID_REQUIRE_SHARED). Fences must name their language,
// and shell is always "sh", so that no command escapes the test.

const (
	blockTimeout = 3 * time.Minute
	markerPrefix = "# docs-test:"
)

// docBlock is one fenced code block of a Markdown file.
type docBlock struct {
	file string
	line int // of the opening fence
	lang string
	body string

	skip       string   // why it is not run, naming what covers it
	exit       int      // the exit status it must end with
	outputs    []string // what its output must hold
	stdoutNext bool     // its stdout is the next block, exactly
	background string   // address it listens on while the file's later blocks run
}

var fenceRE = regexp.MustCompile("^(\\s*)(```+|~~~+)\\s*([^\\s`]*)")

// parseBlocks returns the fenced code blocks of a Markdown file.
func parseBlocks(file string, data []byte) ([]*docBlock, error) {
	var blocks []*docBlock
	var cur *docBlock
	var indent, fence string
	var body strings.Builder
	var prev, lastText string // the line before, and the last non-blank line outside code
	for i, line := range strings.Split(string(data), "\n") {
		if cur == nil {
			m := fenceRE.FindStringSubmatch(line)
			if m == nil {
				// An indented code block is not run by this test, so it
				// would let commands go stale: only fences are allowed.
				if strings.TrimSpace(prev) == "" && strings.HasPrefix(line, "    ") &&
					strings.TrimSpace(line) != "" && !listItemRE.MatchString(lastText) {
					return nil, fmt.Errorf("%s:%d: an indented code block; fence it (sh for commands, text for the rest)", file, i+1)
				}
				if strings.TrimSpace(line) != "" {
					lastText = line
				}
				prev = line
				continue
			}
			indent, fence = m[1], m[2]
			cur = &docBlock{file: file, line: i + 1, lang: m[3]}
			body.Reset()
			continue
		}
		if t := strings.TrimSpace(line); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			cur.body = body.String()
			blocks = append(blocks, cur)
			cur = nil
			prev, lastText = line, line
			continue
		}
		body.WriteString(strings.TrimPrefix(line, indent) + "\n")
	}
	if cur != nil {
		return nil, fmt.Errorf("%s:%d: code block never closed", file, cur.line)
	}
	return blocks, nil
}

var (
	testNameRE = regexp.MustCompile(`\b(?:Test|Benchmark|Fuzz|Example)[A-Z]\w*`)
	ciPathRE   = regexp.MustCompile(`\.ci/[\w./-]*\w`)
	// listItemRE matches a list item or its indented continuation, after
	// which an indented paragraph belongs to the list, not a code block.
	listItemRE = regexp.MustCompile(`^\s*([-*+]|\d+[.)])\s|^\s{2,}\S`)
)

// parseMarkers reads the docs-test markers of an sh block; known holds
// the names of the module's tests, benchmarks, fuzz targets and examples.
func (b *docBlock) parseMarkers(root string, known map[string]bool) error {
	for _, line := range strings.Split(b.body, "\n") {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, markerPrefix) {
			continue
		}
		verb, arg, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(t, markerPrefix)), " ")
		arg = strings.TrimSpace(arg)
		switch verb {
		case "skip":
			refs := append(testNameRE.FindAllString(arg, -1), ciPathRE.FindAllString(arg, -1)...)
			if len(refs) == 0 {
				return fmt.Errorf("skip %q names no test, benchmark or .ci script that covers the block", arg)
			}
			for _, r := range refs {
				_, err := os.Stat(filepath.Join(root, r))
				if !known[r] && err != nil {
					return fmt.Errorf("skip names %s, which is no test, benchmark, fuzz target, example or file of the module", r)
				}
			}
			b.skip = arg
		case "exit":
			n, err := strconv.Atoi(arg)
			if err != nil {
				return fmt.Errorf("exit %q: not a number", arg)
			}
			b.exit = n
		case "output":
			if arg == "" {
				return errors.New("output without text")
			}
			b.outputs = append(b.outputs, arg)
		case "stdout":
			if arg != "is the next block" {
				return fmt.Errorf("stdout %q: the marker is 'stdout is the next block'", arg)
			}
			b.stdoutNext = true
		case "background":
			if _, _, err := net.SplitHostPort(arg); err != nil {
				return fmt.Errorf("background %q: not HOST:PORT: %v", arg, err)
			}
			b.background = arg
		default:
			return fmt.Errorf("unknown marker %q", t)
		}
	}
	return nil
}

// knownFuncs returns the names of the tests, benchmarks, fuzz targets and
// examples of the module under root.
func knownFuncs(t *testing.T, root string) map[string]bool {
	funcRE := regexp.MustCompile(`(?m)^func ((?:Test|Benchmark|Fuzz|Example)\w*)\(`)
	known := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, "_test.go") {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, m := range funcRE.FindAllSubmatch(data, -1) {
				known[string(m[1])] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return known
}

// docFiles are the Markdown files whose commands are run, in order.
func docFiles(t *testing.T) []string {
	files, err := filepath.Glob("docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	return append([]string{"README.md"}, files...)
}

// TestDocBlocks checks the fences of the docs, without running anything:
// each names its language, shell is "sh", and every marker is well formed
// and names what covers a skipped block.
func TestDocBlocks(t *testing.T) {
	const readmeMax = 300 // lines: the README is a door, the docs/ are the house
	if data, err := os.ReadFile("README.md"); err != nil {
		t.Fatal(err)
	} else if n := strings.Count(string(data), "\n"); n > readmeMax {
		t.Errorf("README.md has %d lines; keep it to %d and move the detail to docs/", n, readmeMax)
	}
	known := knownFuncs(t, ".")
	for _, file := range docFiles(t) {
		for _, b := range readBlocks(t, file, known) {
			if b.stdoutNext && b.exit != 0 {
				t.Errorf("%s:%d: a block whose stdout is shown must exit 0", b.file, b.line)
			}
		}
	}
}

// readBlocks parses the blocks of file and checks their fences and markers.
func readBlocks(t *testing.T, file string, known map[string]bool) []*docBlock {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := parseBlocks(file, data)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range blocks {
		switch b.lang {
		case "":
			t.Errorf("%s:%d: a fence without a language: write sh for commands to run (they are tested), text for the rest", file, b.line)
		case "bash", "shell", "console", "zsh", "shell-session", "sh-session":
			t.Errorf("%s:%d: commands are fenced as sh, not %s, so that the docs test runs them", file, b.line, b.lang)
		case "sh":
			if err := b.parseMarkers(".", known); err != nil {
				t.Errorf("%s:%d: %v", file, b.line, err)
			}
			if b.stdoutNext && i+1 == len(blocks) {
				t.Errorf("%s:%d: stdout is the next block, but there is none", file, b.line)
			}
		default:
			if strings.Contains(b.body, markerPrefix) {
				t.Errorf("%s:%d: a docs-test marker in a %s block, which is not run", file, b.line, b.lang)
			}
		}
	}
	return blocks
}

// TestDocCommands runs the sh blocks of the docs.
func TestDocCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds whosaid and runs every command of the docs; not with -short")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Fatalf("the docs' commands run in bash: %v", err)
	}
	known := knownFuncs(t, ".")
	tmp := t.TempDir()
	root := filepath.Join(tmp, "whosaid")
	copyRepo(t, ".", root)
	if _, err := os.Stat("../shared"); err == nil {
		abs, err := filepath.Abs("../shared")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, filepath.Join(tmp, "shared")); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(tmp, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "whosaid"), "./cmd/whosaid")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/whosaid: %v\n%s", err, out)
	}
	env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, file := range docFiles(t) {
		blocks := readBlocks(t, file, known)
		t.Run(file, func(t *testing.T) {
			s := &session{root: root, state: t.TempDir(), env: env}
			if err := os.WriteFile(filepath.Join(s.state, "cwd"), []byte(root), 0o644); err != nil {
				t.Fatal(err)
			}
			defer s.stopBackground(t)
			for i, b := range blocks {
				if b.lang != "sh" {
					continue
				}
				t.Run(fmt.Sprintf("line%d", b.line), func(t *testing.T) {
					if b.skip != "" {
						t.Skipf("%s:%d: %s", b.file, b.line, b.skip)
					}
					if strings.Contains(b.body, "../shared") {
						shared.Need(t, "../shared")
					}
					if b.background != "" {
						s.start(t, b)
						return
					}
					var next *docBlock
					if b.stdoutNext && i+1 < len(blocks) { // without a next block, readBlocks failed the test
						next = blocks[i+1]
					}
					s.run(t, b, next)
				})
			}
		})
	}
}

// copyRepo copies the repository at src to dst, without .git, build
// output and test binaries: the docs' commands may write where they run.
func copyRepo(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		name := d.Name()
		if rel == ".git" || rel == "build" || rel == "whosaid" || strings.HasSuffix(name, ".test") || strings.HasSuffix(name, ".prof") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, info.Mode().Perm())
	})
	if err != nil {
		t.Fatalf("copying the repository: %v", err)
	}
}

// session is the terminal of one docs file: its working folder and
// exported variables are kept in files of state between blocks.
type session struct {
	root       string // the copy of the repository
	state      string // folder of the cwd and env files
	env        []string
	background []*backgroundRun
}

// backgroundRun is a block running in the background, such as a server.
type backgroundRun struct {
	block *docBlock
	pid   int
	out   string     // file of its output
	done  chan error // its end
}

// script wraps a block: it starts where the block before ended, with its
// exported variables, and, unless it runs in the background, saves both
// for the next.
func (s *session) script(b *docBlock) string {
	cwd, envFile := filepath.Join(s.state, "cwd"), filepath.Join(s.state, "env")
	pre := fmt.Sprintf("cd \"$(cat %q)\" || exit 97\n[ -f %q ] && source %q 2>/dev/null\nset -e -o pipefail\n", cwd, envFile, envFile)
	if b.background != "" {
		return pre + b.body
	}
	return pre + b.body + fmt.Sprintf("\npwd > %q\nexport -p > %q\n", cwd, envFile)
}

func (s *session) command(ctx context.Context, b *docBlock) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "bash", "-c", s.script(b))
	cmd.Dir = s.root
	cmd.Env = s.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // so that all it starts can be stopped
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

func (s *session) run(t *testing.T, b, next *docBlock) {
	ctx, cancel := context.WithTimeout(context.Background(), blockTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := s.command(ctx, b)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s:%d: still running after %s\n%s\nstderr: %s", b.file, b.line, blockTimeout, b.body, tail(stderr.String()))
	}
	if code := exitCode(err); code != b.exit {
		t.Fatalf("%s:%d: exit %d, want %d (%v)\n%s\nstdout: %s\nstderr: %s", b.file, b.line, code, b.exit, err, b.body, tail(stdout.String()), tail(stderr.String()))
	}
	for _, want := range b.outputs {
		if !strings.Contains(stdout.String(), want) && !strings.Contains(stderr.String(), want) {
			t.Errorf("%s:%d: the output does not hold %q\nstdout: %s\nstderr: %s", b.file, b.line, want, tail(stdout.String()), tail(stderr.String()))
		}
	}
	if next != nil {
		if err := sameOutput(stdout.String(), next); err != nil {
			t.Errorf("%s:%d: the output differs from the block at line %d: %v", b.file, b.line, next.line, err)
		}
	}
}

// start runs a background block and waits until its address takes
// connections; it runs until stopBackground.
func (s *session) start(t *testing.T, b *docBlock) {
	if c, err := net.DialTimeout("tcp", b.background, time.Second); err == nil {
		c.Close()
		t.Fatalf("%s:%d: something already listens on %s, which the example needs", b.file, b.line, b.background)
	}
	out, err := os.CreateTemp(s.state, "background")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd := s.command(context.Background(), b)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	run := &backgroundRun{block: b, pid: cmd.Process.Pid, out: out.Name(), done: make(chan error, 1)}
	go func() { run.done <- cmd.Wait() }()
	s.background = append(s.background, run)
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		select {
		case err := <-run.done:
			run.done <- err
			t.Fatalf("%s:%d: ended before listening on %s (%v)\n%s\noutput: %s", b.file, b.line, b.background, err, b.body, run.output())
		default:
		}
		if c, err := net.DialTimeout("tcp", b.background, time.Second); err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s:%d: nothing listens on %s after a minute\noutput: %s", b.file, b.line, b.background, run.output())
		}
	}
}

func (r *backgroundRun) output() string {
	data, _ := os.ReadFile(r.out)
	return tail(string(data))
}

// stopBackground interrupts the background blocks, as Ctrl-C would, and
// checks that they end well.
func (s *session) stopBackground(t *testing.T) {
	for _, r := range s.background {
		b := r.block
		syscall.Kill(-r.pid, syscall.SIGINT)
		select {
		case err := <-r.done:
			if err != nil {
				t.Errorf("%s:%d: interrupted, it ended with %v\noutput: %s", b.file, b.line, err, r.output())
			}
		case <-time.After(30 * time.Second):
			syscall.Kill(-r.pid, syscall.SIGKILL)
			t.Errorf("%s:%d: still running 30 s after SIGINT\noutput: %s", b.file, b.line, r.output())
		}
	}
}

func exitCode(err error) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	return -1
}

// sameOutput compares a block's stdout with the block that shows it:
// JSON value by value, whatever the layout (documented JSON may be
// wrapped); anything else exactly, but for the final newline.
func sameOutput(got string, want *docBlock) error {
	if want.lang != "json" {
		if strings.TrimRight(got, "\n") != strings.TrimRight(want.body, "\n") {
			return fmt.Errorf("got\n%s\nwant\n%s", got, want.body)
		}
		return nil
	}
	g, err := compactJSON(got)
	if err != nil {
		return fmt.Errorf("the output is not JSON: %v", err)
	}
	w, err := compactJSON(want.body)
	if err != nil {
		return fmt.Errorf("the documented output is not JSON: %v", err)
	}
	if !slices.Equal(g, w) {
		return fmt.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
	return nil
}

// compactJSON returns the JSON values of s, each without white space
// between its tokens.
func compactJSON(s string) ([]string, error) {
	var vals []string
	dec := json.NewDecoder(strings.NewReader(s))
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			return vals, nil
		}
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if err := json.Compact(&b, raw); err != nil {
			return nil, err
		}
		vals = append(vals, b.String())
	}
}

// tail is the end of a long output, for failure messages.
func tail(s string) string {
	const n = 4000
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// TestArchitectureListsEveryPackage holds the package table of
// docs/ARCHITECTURE.md to layers: the same packages, in the same order.
func TestArchitectureListsEveryPackage(t *testing.T) {
	const file = "docs/ARCHITECTURE.md"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Packages\n")
	if !ok {
		t.Fatalf("%s has no section \"## Packages\"", file)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	rank := map[string]int{}
	for i, l := range layers {
		for _, p := range l {
			rank[p] = i
		}
	}
	codeRE := regexp.MustCompile("`([^`]+)`")
	listed := map[string]bool{}
	last := 0
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") || strings.TrimSpace(cells[1]) == "package" {
			continue
		}
		for _, m := range codeRE.FindAllStringSubmatch(cells[1], -1) {
			p := m[1]
			if p == "whosaid" {
				p = "" // the root package
			}
			r, ok := rank[p]
			if !ok {
				t.Errorf("%s lists %q, which is not in layers_test.go", file, m[1])
				continue
			}
			if r < last {
				t.Errorf("%s lists %q after packages of a later layer: keep the order of layers_test.go", file, m[1])
			}
			last = r
			listed[p] = true
		}
	}
	for p := range rank {
		if !listed[p] {
			t.Errorf("%s does not list %q, which layers_test.go has", file, path.Join(module, p))
		}
	}
}

package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// readDir reads the files under root, recursively, in lexical order of
// their paths. Hidden entries (name starting with '.') are skipped, and so
// is anything that is not a regular file or a symbolic link to one.
// Symbolic links to folders are not followed. A folder without any file
// yields an ErrEmpty error.
func (o Options) readDir(root string, yield func(Doc) bool) bool {
	files := 0
	stopped := false
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// The root was already stat'ed: this is a folder or file below
			// it that cannot be read. Report and go on.
			if !yield(errDoc(p, 0, unwrapPath(err))) {
				stopped = true
				return filepath.SkipAll
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			if d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			fi, err := os.Stat(p)
			if err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		}
		files++
		if !o.readFile(p, yield) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	if stopped {
		return false
	}
	if err != nil {
		return yield(errDoc(root, 0, unwrapPath(err)))
	}
	if files == 0 {
		return yield(errDoc(root, 0, fmt.Errorf("%w: no files in folder", ErrEmpty)))
	}
	return true
}

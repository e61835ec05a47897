package main

import (
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is the version of the build, set with
// -ldflags "-X main.Version=v1.2.3"; empty means the module version.
var Version = ""

// VersionCommand prints the version.
type VersionCommand struct{}

// Run runs the command.
func (c *VersionCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid version", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return usageErrorf("version takes no arguments")
	}
	fmt.Fprintf(e.stdout, "whosaid %s %s %s/%s\n", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}

// version is Version, else what the build knows: the module version and
// the commit, when recorded.
func version() string {
	if Version != "" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// Usage returns the help text of the command.
func (c *VersionCommand) Usage() string {
	return `Usage: whosaid version

Prints the version of whosaid, and of Go it was built with.
`
}

package main

import (
	"io"
	"testing"
)

// The command line's own share of a run, without process start and package
// initialisation (measure those with hyperfine on the binary, see README).
func BenchmarkRun(b *testing.B) {
	for _, args := range [][]string{{"--help"}, {"tree", jinzhong}, {"check", jinzhong}} {
		b.Run(args[0], func(b *testing.B) {
			for b.Loop() {
				run(args, io.Discard, io.Discard)
			}
		})
	}
}

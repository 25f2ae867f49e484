// Command yusuan (预算, "budget") reads Chinese government budget disclosures
// and lets auditors explore, export, check and compare them.
package main

import (
	"fmt"
	"os"

	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			docs, code := load(args[1:])
			if code != 0 {
				return code
			}
			if err := export.JSON(os.Stdout, docs); err != nil {
				fmt.Fprintln(os.Stderr, "yusuan:", err)
				return 2
			}
			return 0
		case "tree":
			docs, code := load(args[1:])
			if code != 0 {
				return code
			}
			for _, d := range docs {
				export.Tree(os.Stdout, d)
			}
			return 0
		}
	}
	return 0
}

func load(paths []string) ([]*model.Document, int) {
	var docs []*model.Document
	for _, p := range paths {
		d, err := parse.File(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "yusuan:", err)
			return nil, 2
		}
		docs = append(docs, d)
	}
	return docs, 0
}

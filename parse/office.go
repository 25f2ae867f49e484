package parse

import (
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"

	"yusuan/model"
)

// readOffice converts an old binary .doc or .xls with LibreOffice
// (`--headless --convert-to docx/xlsx`) and reads the result; the pure-Go
// readers of these formats that were tried were broken. Each conversion gets
// its own LibreOffice profile directory, so folders can be converted in
// parallel (instances sharing a profile refuse to start).
func readOffice(source string, f Format, data []byte) (*model.Document, error) {
	target, want, pkg := "docx", FormatDocx, "libreoffice-writer"
	if f == FormatXls {
		target, want, pkg = "xlsx", FormatXlsx, "libreoffice-calc"
	}
	tool, err := exec.LookPath("libreoffice")
	if err != nil {
		if tool, err = exec.LookPath("soffice"); err != nil {
			return nil, missingTool("libreoffice", pkg, "."+string(f))
		}
	}
	dir, err := os.MkdirTemp("", "yusuan-office-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in."+string(f))
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, err
	}
	profile := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "profile")}).String()
	outDir := filepath.Join(dir, "out")
	if _, err := runTool(tool, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", target, "--outdir", outDir, in); err != nil {
		return nil, fmt.Errorf("libreoffice 转换失败 (cannot convert .%s: %v)", f, err)
	}
	conv, err := os.ReadFile(filepath.Join(outDir, "in."+target))
	if err != nil {
		return nil, fmt.Errorf("libreoffice 未能转换 .%s (no output: the file may be corrupt)", f)
	}
	if DetectFormat(source, conv) != want {
		return nil, fmt.Errorf("libreoffice 转换结果不是 .%s (conversion failed)", target)
	}
	return readFormat(source, want, conv)
}

// Package samples embeds the real published budget documents that yusuan
// opens when it is given no file, and that the tests read.
package samples

import _ "embed"

// Default is the document `yusuan` opens with no arguments.
const Default = "samples/cangzhou-lingang-safety-2026.txt"

//go:embed cangzhou-lingang-safety-2026.txt
var Cangzhou []byte

//go:embed jinzhong-safety-2023.txt
var Jinzhong []byte

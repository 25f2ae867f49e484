// Package prose owns how the Chinese text of a budget document is read: the
// keys names are matched by, the cleaning that lets a wrapped statement read
// as one line, sentences, the figures a sentence states (mentions) with the
// words before them and the direction of a change, and the names under which
// prose refers to the figures of the tables.
//
// Two foldings, each with one direction:
//
//   - Key, for matching names (never shown): white space, quotes, 、 and the
//     level marks (类)(款)(项) are dropped and every full-width form
//     (U+FF01–U+FF5E: （）：，０-９Ａ-Ｚ) becomes its ASCII letter, so
//     “因公出国（境）费” and 因公出国 (境) 费 have one key, 因公出国(境)费.
//   - Narrow and Squeeze, for text that is read and quoted: the characters of
//     a figure become ASCII (０-９ ． ％ ＋ －) so that numbers parse. Narrow
//     keeps everything else, so a sentence is quoted as printed; Squeeze, for
//     statements read across wrapped lines, also drops white space and turns
//     ASCII brackets into the Chinese ones （）, the punctuation the documents
//     mostly use and in which the statement patterns are written.
//
// Every package that reads text (catalog, parse, audit, compare) uses these;
// none keeps its own copy of a rule.
package prose

#!/bin/sh
# Rebuild the renderings of the Chinese sample's answer key (run from the repository root).
# Needs Debian's chromium, libreoffice-writer and fonts-noto-cjk; see README.md.
set -eu
KEY=../shared/corpus/answer-key
OUT=samples/renderings
STEM=A_78_6_Sect15_zh
python samples/tools/render_key.py "$KEY" -o "$OUT" --name "$STEM" \
  --symbol "A/78/6 (Sect. 15)" --job 23-06934 --header-right "第四编 国际合作促进发展" \
  --cover "大会" --cover "第七十八届会议" --cover "2024 年拟议方案预算" --cover "第四编" \
  --cover "国际合作促进发展" --cover "第 15 款" --cover "人类住区"
WORK=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$WORK/profile" \
  --print-to-pdf="$OUT/$STEM.chromium.pdf" --no-pdf-header-footer "file://$PWD/$OUT/$STEM.html"
# the same HTML on US Letter paper (another page size: other page breaks and margins)
sed 's/size: A4;/size: letter;/' "$OUT/$STEM.html" > "$WORK/$STEM.letter.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$WORK/profile" \
  --print-to-pdf="$OUT/$STEM.chromium-letter.pdf" --no-pdf-header-footer "file://$WORK/$STEM.letter.html"
soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/docx" "$OUT/$STEM.docx"
mv "$WORK/docx/$STEM.pdf" "$OUT/$STEM.lo-docx.pdf"
soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/html" "$OUT/$STEM.html"
mv "$WORK/html/$STEM.pdf" "$OUT/$STEM.lo-html.pdf"
# the Word file saved as plain text (a paragraph a line, a table cell a line)
soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to "txt:Text (encoded):UTF8" \
  --outdir "$WORK/txt" "$OUT/$STEM.docx"
mv "$WORK/txt/$STEM.txt" "$OUT/$STEM.lo-txt.txt"
rm -rf "$WORK"

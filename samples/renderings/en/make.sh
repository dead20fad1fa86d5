#!/bin/sh
# Rebuild the LibreOffice renderings of the shared A/81/6 Word files (run from the
# repository root). Needs Debian's libreoffice-writer; see README.md beside this file.
set -eu
WORK=$(mktemp -d)
for s in 2 3 9 15 27 29A 31; do
  soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK" \
    "../shared/corpus/real/A_81_6/A_81_6_Sect${s}_PartA_en.docx"
  mv "$WORK/A_81_6_Sect${s}_PartA_en.pdf" "samples/renderings/en/A_81_6_Sect${s}_PartA_en.lo.pdf"
done
rm -rf "$WORK"

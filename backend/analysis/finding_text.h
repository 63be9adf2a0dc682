#pragma once
// The words for a finding, shared by the Findings dock, the headless log and the report: its kind,
// its scope and one sentence built from its evidence. Translated (context "Finding").

#include "analysis/finding.h"

#include <QString>

namespace omega::analysis {

QString findingKindName(FindingKind kind);        // "Saturated pool"
QString findingScopeText(const Finding& finding); // "domain kosha borealis.p02.d1"
QString findingSentence(const Finding& finding);  // "10 of 10 slots busy, 600 calls waiting: …"
QString findingEvidenceText(const Finding& finding);   // window and every number, a line each

} // namespace omega::analysis

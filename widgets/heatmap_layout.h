#pragma once
// The fleet heatmap's layout engine: from the topology and the zoom level to the rectangles of
// every band, segment, domain block and label (logical px). No painting and no colours: the
// heatmap widget draws what this computes.

#include "model/topology.h"
#include "widgets/selection.h"

#include <QFont>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>
#include <vector>

namespace omega::widgets::heatmap {

constexpr int kMargin = 6;            // around the content, in the widget

QFont captionFont(const QFont& base);  // segment captions and band sub-lines
QFont bandFont(const QFont& base);     // band labels

// Hierarchy of a topology as index lists (built once per topology).
struct Tree {
    std::vector<int> domainStart, domainAgents;   // agents of domain d: [start[d], start[d+1])
    std::vector<int> primeStart, primeDomains;
    std::vector<int> teamStart, teamPrimes;
    std::vector<int> slot;                        // per agent: position within its domain

    static Tree build(const model::Topology& t);
    int domainAgentCount(int domain) const;
    int agentsIn(const Scope& s) const;           // under a team, prime or domain; 0 otherwise
};

// What a zoom level shows: one band per group (team, prime or domain), each band a run of
// segments (its sub-groups), each segment a run of domains. Texts are the caller's to fill.
struct Segment { Scope group; bool captioned = false; QString caption; int first = 0, count = 0; };   // domains in Spec::domains
struct Band { Scope group; QString label, sub; int firstSeg = 0, segCount = 0; };
struct Spec {
    std::vector<Band> bands;
    std::vector<Segment> segs;
    std::vector<int> domains;
};
Spec buildSpec(const Tree& tree, int teamCount, const Scope& zoom);

struct Box { int domain = 0; QRect rect; int cols = 1; };       // one domain's cells
struct Piece { Scope group; QRect rect; };                      // part of a group on one line
struct Text { Scope group; QRect rect; QString text, sub; bool band = false; };
struct Params {
    int s = 1, rows = 1, capH = 0, gapDomain = 1, gapSeg = 3, gapLine = 3, gapBand = 8, inset = 0;
    int contentW = 0;                         // cell width of one band column
    int minBandH = 0, labelW = 0, bandCols = 1;
};

// Where everything goes, in widget coordinates.
struct Layout {
    Params p;
    QPoint origin;                            // top-left of the cell area
    std::vector<Box> boxes;
    std::vector<int> boxOfDomain;             // -1 when not shown
    std::vector<Piece> pieces;                // segment parts and band bodies
    std::vector<Text> texts;                  // band labels and captions
    std::vector<QRect> separators;
};

// The largest cells (at most maxCell px) that fit `spec` into a view of `size`; when even 1 px
// cells do not fit, 1 px cells in the least height and the rest left out.
Layout layOut(const Tree& tree, const Spec& spec, int domainCount, QSize size, const QFont& font, int maxCell);

} // namespace omega::widgets::heatmap

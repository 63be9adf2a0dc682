#include "widgets/heatmap_layout.h"

#include <QFontMetrics>
#include <algorithm>
#include <climits>

namespace omega::widgets::heatmap {

namespace {
constexpr int kLabelGap = 10;       // between the label column and the cells
constexpr int kColumnGap = 18;      // between columns of bands

int ceilDiv(int a, int b) { return (a + b - 1) / b; }

// Places the spec's bands for one set of parameters; with commit, records what goes where.
class Placer {
public:
    Placer(const Spec& spec, const std::vector<int>& counts, const QFont& font, Layout& out)
        : m_spec(spec), m_counts(counts), m_font(font), m_out(out)
    {
    }
    Params gaps(int s, bool captions) const;
    int place(const Params& p, bool commit, int* usedW = nullptr, int limitH = INT_MAX);   // height or -1

private:
    const Spec& m_spec;
    const std::vector<int>& m_counts;   // agents per entry of spec.domains (at least 1)
    const QFont& m_font;
    Layout& m_out;
};

Params Placer::gaps(int s, bool captions) const
{
    Params p;
    p.s = s;
    // Gaps grow with the cells so that the hierarchy reads at every size: cells < domains < primes < bands.
    p.inset = s >= 8 ? 1 : 0;
    p.gapDomain = s >= 8 ? 3 : s >= 3 ? 2 : 1;
    p.gapSeg = s >= 8 ? 8 : s >= 3 ? 5 : 3;
    p.gapLine = p.gapSeg;
    p.gapBand = 9;
    p.capH = captions ? QFontMetrics(captionFont(m_font)).height() + 1 : 0;
    p.minBandH = QFontMetrics(bandFont(m_font)).height();
    return p;
}

// Places the bands in p.bandCols columns (row by row), each band a label column and its cells;
// segments and domain boxes flow in lines of p.rows cell rows of p.s px. Returns the height
// used, or -1 when a domain is wider than a line or the height passes limitH. With commit,
// records boxes, pieces, texts and separators relative to the top-left of the content area.
int Placer::place(const Params& p, bool commit, int* usedW, int limitH)
{
    const int lineH = p.capH + p.rows * p.s;
    const int colPitch = p.labelW + kLabelGap + p.contentW + kColumnGap;
    int y = 0, rowH = 0, maxW = 0;
    for (std::size_t bi = 0; bi < m_spec.bands.size(); ++bi) {
        const Band& band = m_spec.bands[bi];
        const int column = static_cast<int>(bi) % p.bandCols;
        if (column == 0 && bi > 0) {
            y += rowH + p.gapBand;
            rowH = 0;
            if (commit)
                m_out.separators.push_back(QRect(0, y - (p.gapBand + 1) / 2, -1, 1));   // width set later
        }
        const int bx = column * colPitch + p.labelW + kLabelGap;   // the band's cells start here
        int line = 0, x = 0, bandW = 0;
        int lineTop = y;
        const auto newLine = [&] {
            ++line;
            x = 0;
            lineTop = y + line * (lineH + p.gapLine);
        };
        for (int si = band.firstSeg; si < band.firstSeg + band.segCount; ++si) {
            const Segment& seg = m_spec.segs[static_cast<std::size_t>(si)];
            const int* counts = m_counts.data() + seg.first;
            int segW = std::max(0, seg.count - 1) * p.gapDomain;
            for (int k = 0; k < seg.count; ++k)
                segW += ceilDiv(counts[k], p.rows) * p.s;
            if (x > 0) {
                if (x + p.gapSeg + segW <= p.contentW)
                    x += p.gapSeg;
                else
                    newLine();
            }
            int pieceX = x;
            bool firstPiece = true;
            const auto closePiece = [&] {
                if (!commit || x <= pieceX)
                    return;
                const QRect r(bx + pieceX, lineTop, x - pieceX, lineH);
                if (seg.group != band.group)
                    m_out.pieces.push_back({seg.group, r.adjusted(0, p.capH, 0, 0)});
                if (firstPiece && p.capH > 0 && !seg.caption.isEmpty())
                    m_out.texts.push_back({seg.group, QRect(r.x(), r.y(), r.width(), p.capH), seg.caption, {}, false});
            };
            for (int k = 0; k < seg.count; ++k) {
                const int n = counts[k];
                const int cols = ceilDiv(n, p.rows);
                const int w = cols * p.s;
                if (w > p.contentW)
                    return -1;
                if (k > 0) {
                    if (x + p.gapDomain + w <= p.contentW) {
                        x += p.gapDomain;
                    } else {
                        closePiece();
                        newLine();
                        pieceX = 0;
                        firstPiece = false;
                    }
                }
                if (commit) {
                    const int d = m_spec.domains[static_cast<std::size_t>(seg.first + k)];
                    m_out.boxOfDomain[static_cast<std::size_t>(d)] = static_cast<int>(m_out.boxes.size());
                    m_out.boxes.push_back({d, QRect(bx + x, lineTop + p.capH, w, ceilDiv(n, cols) * p.s), cols});
                }
                x += w;
                bandW = std::max(bandW, x);
            }
            closePiece();
            if (lineTop + lineH > limitH)
                return -1;
        }
        const int lines = line + 1;
        const int bandH = std::max(lines * lineH + line * p.gapLine, p.minBandH);
        if (commit) {
            m_out.pieces.push_back({band.group, QRect(bx, y + p.capH, std::max(bandW, 1), bandH - p.capH)});
            m_out.texts.push_back({band.group, QRect(bx - kLabelGap - p.labelW, y, p.labelW, bandH), band.label, band.sub, true});
        }
        rowH = std::max(rowH, bandH);
        maxW = std::max(maxW, bx + bandW);
        if (y + rowH > limitH)
            return -1;
    }
    if (usedW)
        *usedW = maxW;
    return m_spec.bands.empty() ? 0 : y + rowH;
}
} // namespace

QFont captionFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    return f;
}

QFont bandFont(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

// ---------------------------------------------------------------------------------------------
// Hierarchy

Tree Tree::build(const model::Topology& t)
{
    Tree tree;
    // Counting sort of children under their parents keeps topology order inside each group.
    auto group = [](const std::vector<std::uint32_t>& parentOf, int parents, std::vector<int>& start, std::vector<int>& items,
                    std::vector<int>* slot) {
        start.assign(static_cast<std::size_t>(parents) + 1, 0);
        for (std::uint32_t p : parentOf)
            if (static_cast<int>(p) < parents)
                ++start[p + 1];
        for (int p = 0; p < parents; ++p)
            start[static_cast<std::size_t>(p) + 1] += start[static_cast<std::size_t>(p)];
        items.assign(static_cast<std::size_t>(start.back()), 0);
        std::vector<int> next(start.begin(), start.end() - 1);
        if (slot)
            slot->assign(parentOf.size(), 0);
        for (std::size_t i = 0; i < parentOf.size(); ++i) {
            const std::uint32_t p = parentOf[i];
            if (static_cast<int>(p) >= parents)
                continue;
            if (slot)
                (*slot)[i] = next[p] - start[p];
            items[static_cast<std::size_t>(next[p]++)] = static_cast<int>(i);
        }
    };
    group(t.agentDomain, t.domainCount(), tree.domainStart, tree.domainAgents, &tree.slot);
    group(t.domainPrime, t.primeCount(), tree.primeStart, tree.primeDomains, nullptr);
    group(t.primeTeam, t.teamCount(), tree.teamStart, tree.teamPrimes, nullptr);
    return tree;
}

int Tree::domainAgentCount(int d) const
{
    return domainStart[static_cast<std::size_t>(d) + 1] - domainStart[static_cast<std::size_t>(d)];
}

int Tree::agentsIn(const Scope& s) const
{
    int n = 0;
    const auto addDomain = [&](int d) { n += domainAgentCount(d); };
    const auto addPrime = [&](int p) {
        for (int k = primeStart[static_cast<std::size_t>(p)]; k < primeStart[static_cast<std::size_t>(p) + 1]; ++k)
            addDomain(primeDomains[static_cast<std::size_t>(k)]);
    };
    if (s.kind == Scope::Kind::Domain)
        addDomain(s.index);
    else if (s.kind == Scope::Kind::Prime)
        addPrime(s.index);
    else if (s.kind == Scope::Kind::Team)
        for (int k = teamStart[static_cast<std::size_t>(s.index)]; k < teamStart[static_cast<std::size_t>(s.index) + 1]; ++k)
            addPrime(teamPrimes[static_cast<std::size_t>(k)]);
    return n;
}

Spec buildSpec(const Tree& tree, int teamCount, const Scope& zoom)
{
    Spec spec;
    const auto addBand = [&](const Scope& g) {
        spec.bands.push_back({g, {}, {}, static_cast<int>(spec.segs.size()), 0});
    };
    const auto addSeg = [&](const Scope& g, bool caption, const std::vector<int>& domains) {
        spec.segs.push_back({g, caption, {}, static_cast<int>(spec.domains.size()), static_cast<int>(domains.size())});
        spec.domains.insert(spec.domains.end(), domains.begin(), domains.end());
        ++spec.bands.back().segCount;
    };
    const auto domainsOf = [&](int p) {
        return std::vector<int>(tree.primeDomains.begin() + tree.primeStart[static_cast<std::size_t>(p)],
                                tree.primeDomains.begin() + tree.primeStart[static_cast<std::size_t>(p) + 1]);
    };
    const auto primesOf = [&](int t) {
        return std::vector<int>(tree.teamPrimes.begin() + tree.teamStart[static_cast<std::size_t>(t)],
                                tree.teamPrimes.begin() + tree.teamStart[static_cast<std::size_t>(t) + 1]);
    };
    switch (zoom.kind) {
    case Scope::Kind::Pool:   // not a place in the hierarchy: the whole fleet
    case Scope::Kind::Fleet:
        for (int t = 0; t < teamCount; ++t) {
            addBand({Scope::Kind::Team, t});
            for (int p : primesOf(t))
                addSeg({Scope::Kind::Prime, p}, true, domainsOf(p));
        }
        break;
    case Scope::Kind::Team:
        for (int p : primesOf(zoom.index)) {
            addBand({Scope::Kind::Prime, p});
            for (int d : domainsOf(p))
                addSeg({Scope::Kind::Domain, d}, true, {d});
        }
        break;
    case Scope::Kind::Prime:
        for (int d : domainsOf(zoom.index)) {
            addBand({Scope::Kind::Domain, d});
            addSeg({Scope::Kind::Domain, d}, false, {d});
        }
        break;
    case Scope::Kind::Domain:
    case Scope::Kind::Agent:
        addBand(zoom);
        addSeg(zoom, false, {zoom.index});
        break;
    }
    // Bands without any domain still get their label (an empty band), so nothing silently vanishes.
    return spec;
}

// ---------------------------------------------------------------------------------------------
// Layout

Layout layOut(const Tree& tree, const Spec& spec, int domainCount, QSize size, const QFont& font, int maxCell)
{
    Layout out;
    out.boxOfDomain.assign(static_cast<std::size_t>(domainCount), -1);
    std::vector<int> counts(spec.domains.size());
    int maxCount = 1;
    for (std::size_t i = 0; i < spec.domains.size(); ++i) {
        counts[i] = std::max(1, tree.domainAgentCount(spec.domains[i]));   // an empty domain keeps one slot
        maxCount = std::max(maxCount, counts[i]);
    }
    Placer placer(spec, counts, font, out);

    // Label column: wide enough for the band names, never more than a fifth of the view.
    const QFontMetrics bfm(bandFont(font)), cfm(captionFont(font));
    int labelW = 0;
    for (const Band& b : spec.bands)
        labelW = std::max({labelW, bfm.horizontalAdvance(b.label), cfm.horizontalAdvance(b.sub)});
    labelW = std::clamp(labelW + 4, 40, std::max(40, size.width() / 5));
    const int availW = size.width() - 2 * kMargin;
    const int availH = size.height() - 2 * kMargin;
    const int bands = static_cast<int>(spec.bands.size());

    // Largest cell size that fits, over the number of band columns (more columns where the view
    // is wide and low) and rows per line; captions only when they cost little.
    struct Choice { Params p; int usedH = 0; bool ok = false; int usedW = 0; };
    const auto search = [&](bool captions, int bandCols) {
        Params base = placer.gaps(1, captions);
        base.bandCols = bandCols;
        base.labelW = labelW;
        base.contentW = (availW - (bandCols - 1) * kColumnGap) / bandCols - labelW - kLabelGap;
        const int bandRows = ceilDiv(bands, bandCols);
        const auto tryCell = [&](int s) {
            Choice c;
            double bestScore = -1;
            Params p = placer.gaps(s, captions);
            p.bandCols = bandCols;
            p.labelW = labelW;
            p.contentW = base.contentW;
            // Every band needs one line at least, and the widest domain has to fit a line.
            const int perBand = (availH - (bandRows - 1) * p.gapBand) / std::max(1, bandRows);
            const int maxRows = (perBand - p.capH) / s;
            const int minRows = std::max(1, ceilDiv(maxCount, std::max(1, p.contentW / s)));
            for (int rows = minRows; rows <= maxRows; ++rows) {
                p.rows = rows;
                int w = 0;
                const int h = placer.place(p, false, &w, availH);
                if (h < 0)
                    continue;
                // Among fits, the one filling width and height most evenly.
                const double score = std::min(static_cast<double>(h) / availH, static_cast<double>(w) / std::max(1, availW));
                if (score > bestScore) {
                    bestScore = score;
                    c = {p, h, true, w};
                }
            }
            return c;
        };
        Choice found;
        if (base.contentW < 24)
            return found;
        // Binary search on the cell size: feasibility is monotone in s up to rounding.
        int lo = 0, hi = std::clamp(std::min(base.contentW, availH), 1, maxCell);
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            Choice c = tryCell(mid);
            if (c.ok) {
                lo = mid;
                found = c;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    };
    const bool anyCaptions = std::any_of(spec.segs.begin(), spec.segs.end(), [](const Segment& s) { return !s.caption.isEmpty(); });
    Choice chosen;
    for (int bandCols = 1; bandCols <= std::min(4, std::max(1, bands)); ++bandCols) {
        Choice plain = search(false, bandCols);
        Choice pick = plain;
        if (anyCaptions) {
            const Choice withCaptions = search(true, bandCols);
            if (withCaptions.ok && (!plain.ok || withCaptions.p.s * 4 >= plain.p.s * 3))
                pick = withCaptions;
        }
        // One more column must buy clearly bigger cells: a single column reads best.
        if (pick.ok && (!chosen.ok || pick.p.s * 4 > chosen.p.s * 5))
            chosen = pick;
        if (chosen.ok && chosen.usedW * 5 >= availW * 4)
            break;   // bound by the width already: more columns only shrink the cells
    }
    if (!chosen.ok) {
        // Too small for every cell: 1 px cells, the least height, and the rest clipped.
        chosen.p = placer.gaps(1, false);
        chosen.p.labelW = labelW;
        chosen.p.contentW = std::max(1, availW - labelW - kLabelGap);
        int bestH = -1;
        for (int rows = 1; rows <= std::max(1, availH); ++rows) {
            Params p = chosen.p;
            p.rows = rows;
            const int h = placer.place(p, false);
            if (h >= 0 && (bestH < 0 || h < bestH)) {
                bestH = h;
                chosen.p.rows = rows;
            }
        }
        chosen.usedH = std::max(0, bestH);
    }
    out.p = chosen.p;
    int usedW = 0;
    placer.place(out.p, true, &usedW);

    // Centre horizontally; keep it at the top so that it does not move.
    out.origin = QPoint(kMargin + std::max(0, (availW - usedW) / 2), kMargin);
    for (Box& b : out.boxes)
        b.rect.translate(out.origin);
    for (Piece& pc : out.pieces)
        pc.rect.translate(out.origin);
    for (Text& t : out.texts)
        t.rect.translate(out.origin);
    for (QRect& r : out.separators)
        r = QRect(out.origin.x(), r.y() + out.origin.y(), usedW, 1);
    // Columns of bands: a vertical rule in the middle of each column gap.
    const int colPitch = out.p.labelW + kLabelGap + out.p.contentW + kColumnGap;
    for (int c = 1; c < out.p.bandCols; ++c)
        out.separators.push_back(QRect(out.origin.x() + c * colPitch - (kColumnGap + 1) / 2, out.origin.y(), 1, chosen.usedH));
    return out;
}

} // namespace omega::widgets::heatmap

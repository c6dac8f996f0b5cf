//! Server-rendered SVG charts for the dashboards, so that they need no script: a horizontal bar chart (one
//! value per label) and a paired bar chart (two values per group on one scale, e.g. awarded against
//! disbursed).
//!
//! Pure: figures and already-translated words in, markup out. Every chart is an image to assistive
//! technology (`role="img"`) named by its `<title>` and described by a `<desc>` that states every figure in
//! text, so that nothing is only visible as a length. Lengths are computed from the exact integer values
//! (no floating point, hence no NaN on an all-zero chart) and written with two decimals, so that the same
//! figures always give the same markup. Labels are escaped here: callers pass plain text.

use std::fmt::{self, Display, Write as _};

/// The width of the drawing, in SVG user units.
const WIDTH: u32 = 640;
/// Where bars start.
const LEFT: u32 = 8;
/// The length of the longest bar; what is right of it leaves room for its value.
const SPAN: u32 = 400;
/// Gap between a bar's end and its value.
const GAP: u32 = 6;
/// Height of one row of the bar chart: its label, then its bar.
const ROW: u32 = 44;
/// Height of one group of the paired chart: its label, then two bars.
const GROUP: u32 = 62;
/// Height of the paired chart's legend.
const LEGEND: u32 = 28;
/// Space below the last row.
const BOTTOM: u32 = 8;

/// An SVG chart's markup, ready to be placed in a page as it is (`{{ chart|safe }}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Svg(String);

impl Svg {
    /// The markup.
    #[cfg(test)]
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl Display for Svg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One bar of a bar chart.
#[derive(Debug, Clone)]
pub struct Bar {
    /// What the bar stands for (plain text).
    pub label: String,
    /// Its value; negative values are drawn as nothing.
    pub value: i64,
    /// The value as a reader should read it ("3 projects", "1,200.000 TND").
    pub text: String,
}

/// One group of a paired chart: two values drawn on the same scale as every other group's.
#[derive(Debug, Clone)]
pub struct Pair {
    /// What the group stands for (plain text).
    pub label: String,
    /// The first series' value.
    pub first: i64,
    /// The first value as a reader should read it, series named ("Awarded: 1,200.000 TND").
    pub first_text: String,
    /// The second series' value.
    pub second: i64,
    /// The second value as a reader should read it, series named.
    pub second_text: String,
}

/// Escapes text for SVG content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// A length in hundredths of a unit: `value / max` of [`SPAN`], rounded down; nothing when `max` (or
/// `value`) is not above zero. Exact in i128 for any i64 values.
fn length(value: i64, max: i64) -> u64 {
    if value <= 0 || max <= 0 {
        return 0;
    }
    let value = i128::from(value.min(max));
    let hundredths = value * i128::from(SPAN) * 100 / i128::from(max);
    u64::try_from(hundredths).unwrap_or(0)
}

/// Hundredths written as a decimal with two places (`14666` -> `146.66`).
fn units(hundredths: u64) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The opening of a chart: the `<svg>` element with its accessible name and description. The chart is laid
/// out left to right in every language: its coordinates place each label before its bar, which a
/// right-to-left page would otherwise anchor at its other end and cut off; each label's own text still reads
/// in its script's direction.
fn open(out: &mut String, id: &str, height: u32, title: &str, desc: &str) {
    let id = escape(id);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" direction=\"ltr\" \
         aria-labelledby=\"{id}-title {id}-desc\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(desc)
    );
}

/// A bar with its value after it.
fn bar(out: &mut String, class: &str, top: u32, height: u32, hundredths: u64, text: &str) {
    let value_x = u64::from(LEFT + GAP) * 100 + hundredths;
    let _ = write!(
        out,
        "<rect class=\"{class}\" x=\"{LEFT}\" y=\"{top}\" width=\"{}\" height=\"{height}\"/>\
         <text class=\"chart-value\" x=\"{}\" y=\"{}\">{}</text>",
        units(hundredths),
        units(value_x),
        top + height - 3,
        escape(text)
    );
}

/// A group's or bar's label, above it.
fn label(out: &mut String, top: u32, text: &str) {
    let _ = write!(
        out,
        "<text class=\"chart-label\" x=\"{LEFT}\" y=\"{}\">{}</text>",
        top + 15,
        escape(text)
    );
}

/// A horizontal bar chart: one row per bar, its label above a bar as long as its share of the largest
/// value, its value after it. The description lists "label: value" for every bar.
pub fn bar_chart(id: &str, title: &str, bars: &[Bar]) -> Svg {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let desc = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.text))
        .collect::<Vec<_>>()
        .join("; ");
    let rows = u32::try_from(bars.len()).unwrap_or(u32::MAX / ROW);
    let mut out = String::new();
    open(&mut out, id, rows * ROW + BOTTOM, title, &desc);
    for (row, b) in (0u32..).zip(bars) {
        let top = row * ROW;
        label(&mut out, top, &b.label);
        bar(
            &mut out,
            "chart-bar",
            top + 20,
            18,
            length(b.value, max),
            &b.text,
        );
    }
    out.push_str("</svg>");
    Svg(out)
}

/// A paired bar chart: a legend naming the two series (`series`), then per group its label above two bars,
/// every bar on the scale of the largest value of either series. The description lists "label: first,
/// second" for every group.
pub fn paired_chart(id: &str, title: &str, series: (&str, &str), groups: &[Pair]) -> Svg {
    let max = groups
        .iter()
        .flat_map(|g| [g.first, g.second])
        .max()
        .unwrap_or(0);
    let desc = groups
        .iter()
        .map(|g| format!("{}: {}, {}", g.label, g.first_text, g.second_text))
        .collect::<Vec<_>>()
        .join("; ");
    let rows = u32::try_from(groups.len()).unwrap_or(u32::MAX / GROUP);
    let mut out = String::new();
    open(&mut out, id, LEGEND + rows * GROUP + BOTTOM, title, &desc);
    // The legend: a swatch of each series' style with its name.
    let second_x = WIDTH / 2;
    let _ = write!(
        out,
        "<rect class=\"chart-bar\" x=\"{LEFT}\" y=\"6\" width=\"14\" height=\"14\"/>\
         <text class=\"chart-label\" x=\"{}\" y=\"18\">{}</text>\
         <rect class=\"chart-bar-second\" x=\"{second_x}\" y=\"6\" width=\"14\" height=\"14\"/>\
         <text class=\"chart-label\" x=\"{}\" y=\"18\">{}</text>",
        LEFT + 20,
        escape(series.0),
        second_x + 20,
        escape(series.1)
    );
    for (row, g) in (0u32..).zip(groups) {
        let top = LEGEND + row * GROUP;
        label(&mut out, top, &g.label);
        bar(
            &mut out,
            "chart-bar",
            top + 20,
            16,
            length(g.first, max),
            &g.first_text,
        );
        bar(
            &mut out,
            "chart-bar-second",
            top + 40,
            16,
            length(g.second, max),
            &g.second_text,
        );
    }
    out.push_str("</svg>");
    Svg(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(values: &[(&str, i64)]) -> Vec<Bar> {
        values
            .iter()
            .map(|(label, value)| Bar {
                label: (*label).to_owned(),
                value: *value,
                text: format!("{value} projects"),
            })
            .collect()
    }

    /// The `width` attributes of the chart's bars, in order.
    fn widths(svg: &Svg) -> Vec<String> {
        svg.as_str()
            .split("<rect ")
            .skip(1)
            .filter_map(|rect| {
                let start = rect.find("width=\"")? + "width=\"".len();
                let end = rect[start..].find('"')? + start;
                Some(rect[start..end].to_owned())
            })
            .collect()
    }

    #[test]
    fn bars_are_as_long_as_their_share_of_the_largest_value() {
        let svg = bar_chart(
            "health",
            "Projects by health",
            &bars(&[
                ("On track", 10),
                ("At risk", 5),
                ("Completed", 0),
                ("Other", 1),
            ]),
        );
        // 400 units for 10; 1 of 10 is 40; rounding is down to the hundredth (2/3 of 400 = 266.66).
        assert_eq!(widths(&svg), ["400.00", "200.00", "0.00", "40.00"]);
        let thirds = bar_chart("t", "Thirds", &bars(&[("All", 3), ("One", 1), ("Two", 2)]));
        assert_eq!(widths(&thirds), ["400.00", "133.33", "266.66"]);
    }

    #[test]
    fn a_chart_of_zeros_or_of_nothing_draws_empty_bars_without_dividing_by_zero() {
        let svg = bar_chart(
            "zero",
            "Nothing yet",
            &bars(&[("On track", 0), ("At risk", 0)]),
        );
        assert_eq!(widths(&svg), ["0.00", "0.00"]);
        let markup = svg.as_str().to_ascii_lowercase();
        assert!(
            !markup.contains("nan") && !markup.contains("inf"),
            "{markup}"
        );

        let empty = bar_chart("empty", "Nothing", &[]);
        assert!(widths(&empty).is_empty());
        assert!(empty.as_str().contains("height=\"8\""), "{empty}");

        let money = paired_chart(
            "money",
            "Awarded and disbursed",
            ("Awarded", "Disbursed"),
            &[Pair {
                label: "TN-11".into(),
                first: 0,
                first_text: "Awarded: 0".into(),
                second: 0,
                second_text: "Disbursed: 0".into(),
            }],
        );
        // The legend's two swatches, then two empty bars.
        assert_eq!(widths(&money), ["14", "14", "0.00", "0.00"]);
    }

    #[test]
    fn extreme_and_negative_values_stay_within_the_drawing() {
        let svg = bar_chart(
            "big",
            "Big",
            &bars(&[("Max", i64::MAX), ("Half", i64::MAX / 2), ("Negative", -5)]),
        );
        assert_eq!(widths(&svg), ["400.00", "199.99", "0.00"]);
    }

    #[test]
    fn paired_bars_share_one_scale() {
        let pair = |label: &str, first: i64, second: i64| Pair {
            label: label.into(),
            first,
            first_text: format!("Awarded: {first}"),
            second,
            second_text: format!("Disbursed: {second}"),
        };
        let svg = paired_chart(
            "money",
            "Awarded and disbursed by subdivision",
            ("Awarded", "Disbursed"),
            &[pair("TN-11", 100, 25), pair("TN-12", 50, 0)],
        );
        assert_eq!(
            widths(&svg),
            ["14", "14", "400.00", "100.00", "200.00", "0.00"]
        );
        assert!(
            svg.as_str().contains(
                "<desc id=\"money-desc\">TN-11: Awarded: 100, Disbursed: 25; TN-12: Awarded: 50, \
                 Disbursed: 0</desc>"
            ),
            "{svg}"
        );
        // A disbursed bar is told apart by more than its colour: its value names the series.
        assert!(svg.as_str().contains(">Disbursed: 25</text>"), "{svg}");
    }

    #[test]
    fn labels_titles_and_ids_are_escaped() {
        let svg = bar_chart(
            "x\"y",
            "A <b>title</b>",
            &[Bar {
                label: "<script>alert('x')</script> & co".into(),
                value: 1,
                text: "\"1\"".into(),
            }],
        );
        let markup = svg.as_str();
        assert!(
            !markup.contains("<script>") && !markup.contains("<b>"),
            "{markup}"
        );
        assert!(markup.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assert!(markup.contains("&quot;1&quot;"));
        assert!(markup.contains("id=\"x&quot;y-title\""));
    }

    #[test]
    fn charts_are_images_named_and_described_with_every_figure() {
        let svg = bar_chart(
            "health",
            "Projects by health",
            &bars(&[("On track", 3), ("At risk", 1)]),
        );
        let markup = svg.as_str();
        assert!(markup.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(markup.contains("role=\"img\""));
        assert!(markup.contains("aria-labelledby=\"health-title health-desc\""));
        assert!(markup.contains("<title id=\"health-title\">Projects by health</title>"));
        assert!(
            markup.contains(
                "<desc id=\"health-desc\">On track: 3 projects; At risk: 1 projects</desc>"
            )
        );
        assert!(markup.ends_with("</svg>"));
    }

    #[test]
    fn the_same_figures_give_the_same_markup() {
        let draw = || bar_chart("h", "Health", &bars(&[("On track", 2), ("At risk", 1)]));
        assert_eq!(draw(), draw());
        assert_eq!(
            draw().as_str(),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" direction=\"ltr\" \
             aria-labelledby=\"h-title h-desc\" width=\"640\" height=\"96\" viewBox=\"0 0 640 96\">\
             <title id=\"h-title\">Health</title><desc id=\"h-desc\">On track: 2 projects; At risk: 1 \
             projects</desc>\
             <text class=\"chart-label\" x=\"8\" y=\"15\">On track</text>\
             <rect class=\"chart-bar\" x=\"8\" y=\"20\" width=\"400.00\" height=\"18\"/>\
             <text class=\"chart-value\" x=\"414.00\" y=\"35\">2 projects</text>\
             <text class=\"chart-label\" x=\"8\" y=\"59\">At risk</text>\
             <rect class=\"chart-bar\" x=\"8\" y=\"64\" width=\"200.00\" height=\"18\"/>\
             <text class=\"chart-value\" x=\"214.00\" y=\"79\">1 projects</text></svg>"
        );
    }
}

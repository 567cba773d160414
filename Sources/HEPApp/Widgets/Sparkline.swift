import HEPCore

/// A row of one character per value, its height the value on a 0-10 scale; a blank where
/// there is no value (no answer that week).
public enum Sparkline {
    public static func line(_ values: [Double?], glyphs: Glyphs) -> String {
        values.map { value in value.map { glyphs.spark[min(10, max(0, Int($0.rounded())))] } ?? " " }.joined()
    }
}

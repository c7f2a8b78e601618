import ParIndexData

/// The administrative unit (ParIndexData's model), not Foundation's unit of measure, wherever
/// the app says `Unit`.
typealias Unit = ParIndexData.Unit

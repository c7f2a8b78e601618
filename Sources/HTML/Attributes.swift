// Attribute helpers; `Attribute("name", value)` covers the rest (aria-*, data-*).
extension Attribute {
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func href(_ value: String) -> Attribute { Attribute("href", value) }
    public static func src(_ value: String) -> Attribute { Attribute("src", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func value(_ value: String) -> Attribute { Attribute("value", value) }
    public static func type(_ value: String) -> Attribute { Attribute("type", value) }
    public static func action(_ value: String) -> Attribute { Attribute("action", value) }
    public static func method(_ value: String) -> Attribute { Attribute("method", value) }
    public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    public static func title(_ value: String) -> Attribute { Attribute("title", value) }
    public static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    public static func rel(_ value: String) -> Attribute { Attribute("rel", value) }
    public static func content(_ value: String) -> Attribute { Attribute("content", value) }
    public static func charset(_ value: String) -> Attribute { Attribute("charset", value) }
    public static func placeholder(_ value: String) -> Attribute { Attribute("placeholder", value) }
    public static func min(_ value: String) -> Attribute { Attribute("min", value) }
    public static func max(_ value: String) -> Attribute { Attribute("max", value) }
    public static func step(_ value: String) -> Attribute { Attribute("step", value) }
    public static func accept(_ value: String) -> Attribute { Attribute("accept", value) }
    public static func enctype(_ value: String) -> Attribute { Attribute("enctype", value) }
    public static func role(_ value: String) -> Attribute { Attribute("role", value) }
    public static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
    public static func colspan(_ value: String) -> Attribute { Attribute("colspan", value) }
    public static func rowspan(_ value: String) -> Attribute { Attribute("rowspan", value) }
    public static func alt(_ value: String) -> Attribute { Attribute("alt", value) }
    public static func width(_ value: String) -> Attribute { Attribute("width", value) }
    public static func height(_ value: String) -> Attribute { Attribute("height", value) }
    public static func form(_ value: String) -> Attribute { Attribute("form", value) }
    public static func pattern(_ value: String) -> Attribute { Attribute("pattern", value) }
    public static func inputmode(_ value: String) -> Attribute { Attribute("inputmode", value) }
    public static func autocomplete(_ value: String) -> Attribute { Attribute("autocomplete", value) }
    public static func target(_ value: String) -> Attribute { Attribute("target", value) }
    public static func datetime(_ value: String) -> Attribute { Attribute("datetime", value) }
    public static func list(_ value: String) -> Attribute { Attribute("list", value) }
    public static func data(_ value: String) -> Attribute { Attribute("data", value) }
    public static func maxlength(_ value: String) -> Attribute { Attribute("maxlength", value) }
    public static func size(_ value: String) -> Attribute { Attribute("size", value) }
    public static func cols(_ value: String) -> Attribute { Attribute("cols", value) }
    public static func rows(_ value: String) -> Attribute { Attribute("rows", value) }
    public static func media(_ value: String) -> Attribute { Attribute("media", value) }
    public static func integrity(_ value: String) -> Attribute { Attribute("integrity", value) }
    public static func sandbox(_ value: String) -> Attribute { Attribute("sandbox", value) }
    public static func style(_ value: String) -> Attribute { Attribute("style", value) }
    public static let disabled = Attribute("disabled", nil)
    public static let checked = Attribute("checked", nil)
    public static let selected = Attribute("selected", nil)
    public static let required = Attribute("required", nil)
    public static let readonly = Attribute("readonly", nil)
    public static let hidden = Attribute("hidden", nil)
    public static let open = Attribute("open", nil)
    public static let multiple = Attribute("multiple", nil)
    public static let autofocus = Attribute("autofocus", nil)
    public static let novalidate = Attribute("novalidate", nil)
    public static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-" + name, value) }
    public static func data(_ name: String, _ value: String) -> Attribute { Attribute("data-" + name, value) }
    /// A boolean attribute present only when `on` (nil attributes are skipped).
    public static func flag(_ name: String, _ on: Bool) -> Attribute? { on ? Attribute(name, nil) : nil }
}

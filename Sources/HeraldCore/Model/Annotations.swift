/// A key for a typed annotation that is not part of the JSON contract (tags, features, caches).
public protocol AnnotationKey {
    /// The annotation's type.
    associatedtype Value: Sendable
}

/// Typed storage for the annotations components add beyond the contract's fields.
public struct Annotations: Sendable {
    private var storage: [ObjectIdentifier: any Sendable] = [:]

    /// Creates empty storage.
    public init() {}

    /// The value stored for `key`, or nil.
    public subscript<K: AnnotationKey>(key: K.Type) -> K.Value? {
        get { storage[ObjectIdentifier(key)] as? K.Value }
        set { storage[ObjectIdentifier(key)] = newValue }
    }
}

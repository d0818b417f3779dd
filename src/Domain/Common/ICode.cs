namespace ReliefPlatform.Domain.Common;

/// <summary>
/// A code that crosses the layers as a string on the wire and in the database, and as its own type
/// in between, so that one kind of code cannot be passed where another is expected (ADR 0030).
/// </summary>
public interface ICode<TSelf> : IParsable<TSelf>
    where TSelf : class, ICode<TSelf>
{
    /// <summary>The raw code, as stored and sent.</summary>
    string Value { get; }

    /// <summary>The request field a malformed code is reported on, when the request does not name one.</summary>
    static abstract string Field { get; }

    /// <summary>What a person reads when the code is malformed, in the request's language.</summary>
    static abstract string Problem { get; }

}

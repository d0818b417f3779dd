using FluentValidation.Results;

namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>The request's shape is wrong (HTTP 400 with field errors).</summary>
public sealed class ValidationException : Exception
{
    public ValidationException()
        : base("One or more validation failures have occurred.") => Errors = new Dictionary<string, string[]>();

    public ValidationException(string message)
        : base(message) => Errors = new Dictionary<string, string[]>();

    public ValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = new Dictionary<string, string[]>();

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this() => Errors = failures
            .GroupBy(f => ToCamelCase(f.PropertyName), f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());

    public ValidationException(IReadOnlyDictionary<string, string[]> errors)
        : this() => Errors = errors;

    public ValidationException(string field, string message)
        : this() => Errors = new Dictionary<string, string[]> { [field] = [message] };

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string ToCamelCase(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

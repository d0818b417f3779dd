using System.Diagnostics.CodeAnalysis;

namespace ReliefPlatform.Domain.Catalog;

[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names are the catalog file's field types.")]
public enum FieldType
{
    Text,
    Integer,
    Money,
    Select,
    Date,
    Boolean,
}

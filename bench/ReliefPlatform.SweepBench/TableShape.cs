using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReliefPlatform.SweepBench;

/// <summary>
/// A table as the service's EF model maps it: every column, the property it stores and the type mapping
/// (with its value converter) EF uses to write it. The seeder writes rows through this, so a column added
/// to the model is written too, and each value is converted exactly as SaveChanges would convert it.
/// Columns named as supplied by the caller (a shadow foreign key, a value encrypted once for many rows)
/// are left null by <see cref="ValuesOf"/>; the caller sets their provider values.
/// </summary>
internal sealed class TableShape
{
    private readonly Func<object, object?>[] _getters;

    private TableShape(string table, IReadOnlyList<ColumnShape> columns)
    {
        Table = table;
        Columns = columns;
        _getters = columns.Select(c => c.Getter).ToArray();
    }

    public string Table { get; }

    public IReadOnlyList<ColumnShape> Columns { get; }

    public string QuotedColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    public static TableShape Of<TEntity>(DbContext db, params string[] suppliedByCaller)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new BenchException($"{typeof(TEntity).Name} is not in the service's model.");
        var mapping = entityType.GetTableMappings().Single();
        var columns = new List<ColumnShape>();
        foreach (var column in mapping.ColumnMappings)
        {
            var property = column.Property;
            if (suppliedByCaller.Contains(property.Name))
            {
                columns.Add(new ColumnShape(column.Column.Name, property.Name, column.TypeMapping, _ => null));
                continue;
            }

            if (property.IsShadowProperty())
            {
                throw new BenchException($"{mapping.Table.Name}.{column.Column.Name} is a shadow property; the seeder cannot read it from the entity.");
            }

            var getter = property.GetGetter();
            columns.Add(new ColumnShape(column.Column.Name, property.Name, column.TypeMapping, getter.GetClrValueUsingContainingEntity));
        }

        return new TableShape(mapping.Table.Name, columns);
    }

    public int IndexOf(string propertyName) =>
        Columns.Select((c, i) => (c, i)).Single(x => x.c.PropertyName == propertyName).i;

    /// <summary>The values EF would send for <paramref name="entity"/>, converted to the provider's types.</summary>
    public void ValuesOf(object entity, object?[] values)
    {
        for (var i = 0; i < _getters.Length; i++)
        {
            values[i] = Columns[i].ToProvider(_getters[i](entity));
        }
    }
}

internal sealed record ColumnShape(string Name, string PropertyName, RelationalTypeMapping Mapping, Func<object, object?> Getter)
{
    public object? ToProvider(object? value) =>
        value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
}

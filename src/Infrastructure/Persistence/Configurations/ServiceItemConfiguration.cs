using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.ToTable("ServiceItems");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(ServiceItem.CodeMaxLength);
        builder.Property(i => i.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.NameEn).HasMaxLength(200);
        builder.Property(i => i.Need).HasMaxLength(16);
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.DescriptionEn).HasMaxLength(4000);
        builder.Property(i => i.WhoCanApply).HasMaxLength(2000);
        builder.Property(i => i.WhoCanApplyEn).HasMaxLength(4000);
        JsonColumn(builder.Property(i => i.Keywords));
        JsonColumn(builder.Property(i => i.Fields));
        JsonColumn(builder.Property(i => i.Documents));
        builder.Property(i => i.UrgentTrack).HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, Json),
            v => v == null ? null : JsonSerializer.Deserialize<UrgentTrackRules>(v, Json),
            new ValueComparer<UrgentTrackRules?>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => v));
        JsonColumn(builder.Property(i => i.Stages));

        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentCode).OnDelete(DeleteBehavior.Restrict);
    }

    // Reference data read whole and replaced whole: a JSON text column is enough, on both providers.
    private static void JsonColumn<T>(PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<T>>(v, Json) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => v.ToList()));
}

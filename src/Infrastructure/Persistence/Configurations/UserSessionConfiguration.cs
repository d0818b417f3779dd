using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public const int EnumMaxLength = 24;

    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(UserSession.RoleMaxLength);
        builder.Property(s => s.Restriction).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(s => s.RevokedBecause).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.HasIndex(s => s.SubjectId);
    }
}

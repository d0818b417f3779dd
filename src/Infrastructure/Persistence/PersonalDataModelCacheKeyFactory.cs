using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// EF caches one model per context type; the encrypting converters belong to a key ring, so the model
/// is cached per key ring instead (tests and rotation run several rings in one process).
/// </summary>
internal sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ReliefDbContext relief
            ? (context.GetType(), relief.PersonalDataFingerprint, designTime)
            : (object)(context.GetType(), designTime);
}

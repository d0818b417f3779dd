using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Catalog.GetCatalog;

public sealed record GetCatalogQuery : IQuery<CatalogDto>;

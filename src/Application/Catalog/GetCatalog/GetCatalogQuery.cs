using MediatR;

namespace ReliefPlatform.Application.Catalog.GetCatalog;

public sealed record GetCatalogQuery : IRequest<CatalogDto>;

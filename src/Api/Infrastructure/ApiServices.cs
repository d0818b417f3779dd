using System.Globalization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi;
using ReliefPlatform.Api.Infrastructure.Logging;
using ReliefPlatform.Api.Infrastructure.OpenApi;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Infrastructure.Identity;

namespace ReliefPlatform.Api.Infrastructure;

internal static class ApiServices
{
    public const string ApplicationReaders = nameof(ApplicationReaders);
    public const string Staff = nameof(Staff);
    public const string JobReaders = nameof(JobReaders);
    public const string HouseholdReaders = nameof(HouseholdReaders);

    public static IServiceCollection AddApiServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();

        // Every logger goes through the redaction layer, whichever providers are configured.
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp =>
            new RedactingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(sp))));
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Titles for answers the framework writes itself (authentication, routing), in the caller's language.
            ctx.ProblemDetails.Title = ctx.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized when ctx.Exception is null => Text.Pick("请先登录。", "Sign in first."),
                StatusCodes.Status404NotFound when ctx.Exception is null => Text.Pick("没有找到。", "Not found."),
                StatusCodes.Status405MethodNotAllowed => Text.Pick("不支持此请求方式。", "Method not allowed."),
                _ => ctx.ProblemDetails.Title,
            };
            // Only on the challenge itself: an anonymous endpoint (a sign-in) that refuses for its own reason
            // keeps its own code, even when the caller also sent a stale token.
            if (ctx.ProblemDetails.Status == StatusCodes.Status401Unauthorized && ctx.Exception is null
                && SessionAuthentication.FailureOf(ctx.HttpContext) is { } failure)
            {
                ctx.ProblemDetails.Detail = failure.Message;
                ctx.ProblemDetails.Extensions["code"] = failure.Code;
            }
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddClientRateLimits(configuration);
        services.AddOutputCache(o => o.AddPolicy(Endpoints.PublicEndpoints.CachePolicy, p => p.Expire(TimeSpan.FromMinutes(10))));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNameCaseInsensitive = true;
            // A property the request type does not declare is refused with a 400 naming it, as the document's
            // additionalProperties: false says, rather than dropped (ADR 0033).
            o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
        });

        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = auth.Audience,
                IssuerSigningKey = JwtTokenIssuer.SigningKeyOf(auth),
                // RFC 8725 §3.1: only the algorithm the service signs with is accepted, never one the token names.
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = "sub",
                RoleClaimType = JwtTokenIssuer.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            o.Events = new JwtBearerEvents { OnTokenValidated = SessionAuthentication.OnTokenValidatedAsync };
        });

        // Every endpoint declares who may call it; one that forgets still requires a signed-in caller.
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, OutOfScopeAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(nameof(Role.Resident), p => p.RequireRole(Role.Resident))
            .AddPolicy(nameof(Role.Caseworker), p => p.RequireRole(Role.Caseworker))
            .AddPolicy(nameof(Role.Supervisor), p => p.RequireRole(Role.Supervisor))
            .AddPolicy(nameof(Role.Administrator), p => p.RequireRole(Role.Administrator))
            .AddPolicy(ApplicationReaders, p => p.RequireRole(Role.Resident, Role.Caseworker, Role.Supervisor))
            .AddPolicy(Staff, p => p.RequireRole(Role.Caseworker, Role.Supervisor, Role.Administrator))
            .AddPolicy(JobReaders, p => p.RequireRole(Role.Administrator, Role.Supervisor))
            .AddPolicy(HouseholdReaders, p => p.RequireRole(Role.Caseworker, Role.Supervisor));

        // Outside Development a refused token's 401 does not say what was wrong with it (signature, lifetime,
        // audience): that helps someone forging tokens, not a user, who only needs to sign in again.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IHostEnvironment>((o, environment) =>
            o.IncludeErrorDetails = environment.IsDevelopment());

        // Token lifetimes are checked against the service's clock (TimeProvider), like every other deadline.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, clock) =>
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now.AddSeconds(30)) && expires is not null && now < expires.Value.AddSeconds(30);
            });

        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
        });

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "ReliefPlatform API",
                Version = "v1",
                Description = "政府救助平台 — apply for assistance, handle cases, watch deadlines. Errors are RFC 9457 problem details.",
            });
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from /api/v1/auth/otp/verify (residents), or from /api/v1/auth/staff/login and the steps its nextStep names (staff). " +
                    "A JWS signed with HS256 following RFC8725: the algorithm is fixed by the service (never taken from the token), issuer, audience and lifetime are checked, and each token is bound to a server-side session.",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            // The document states what the service does (ADR 0033): a property that can be null says so, from
            // the C# nullability of its type; the answers, limits and closed request schemas are derived from
            // the endpoints and their validators.
            o.SupportNonNullableReferenceTypes();
            o.UseAllOfToExtendReferenceSchemas();
            o.OperationFilter<ProblemResponsesOperationFilter>();
            o.DocumentFilter<ValidatorLimitsDocumentFilter>();
            o.DocumentFilter<ClosedRequestSchemasDocumentFilter>();

            // The codes are the plain strings they always were on the wire (ADR 0030), not objects with a value.
            o.MapType<ItemCode>(() => PlainString(ItemCode.MaxLength));
            o.MapType<DepartmentCode>(() => PlainString(DepartmentCode.MaxLength));
            o.MapType<RegionCode>(() => PlainString(RegionCode.MaxLength));

            // The DTOs' XML docs (e.g. what allowedActions lists) are part of the contract.
            var dtoDocs = Path.Combine(AppContext.BaseDirectory, $"{typeof(Application.DependencyInjection).Assembly.GetName().Name}.xml");
            if (File.Exists(dtoDocs))
            {
                o.IncludeXmlComments(dtoDocs);
            }
            o.CustomSchemaIds(t => t.FullName!.Replace("+", ".", StringComparison.Ordinal).Split('.')[^1]);
        });
        return services;
    }

    private static OpenApiSchema PlainString(int maxLength) => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, MaxLength = maxLength };
}

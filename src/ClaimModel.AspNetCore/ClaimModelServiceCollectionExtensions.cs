using ClaimModel.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimModel.AspNetCore;

/// <summary>Registers ClaimModel with an ASP.NET Core application.</summary>
public static class ClaimModelServiceCollectionExtensions
{
    /// <summary>Adds ClaimModel to the application:
    /// <list type="bullet">
    /// <item>the HTTP JSON options (<see cref="JsonOptions"/>, used by minimal APIs for bodies and results) get the
    /// ClaimModel converters (<see cref="ClaimJsonOptionsExtensions.AddClaimModel"/>), reflection-free metadata for every
    /// ClaimModel record and the contradiction report first in their resolver chain (NativeAOT-safe), and the reader
    /// depth limit of <see cref="ClaimJson.MaxDepth"/>;</item>
    /// <item>problem details (<c>AddProblemDetails()</c>) and an exception handler that answers a body System.Text.Json
    /// cannot read with a 400 problem naming the reason, JSON path and position (call <c>app.UseExceptionHandler()</c>);
    /// for that, minimal APIs throw on bad requests (<c>RouteHandlerOptions.ThrowOnBadRequest</c>) instead of
    /// answering with an empty 400;</item>
    /// <item>the body limits of <see cref="ClaimModelBody{T}"/> (<see cref="ClaimModelHttpOptions"/>: the body size and
    /// the read limits of every body, <see cref="ClaimReadLimits.Service"/> unless configured).</item>
    /// </list>
    /// Calling it twice adds the handler once.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the body limits; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddClaimModel(this IServiceCollection services, Action<ClaimModelHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ClaimModelHttpOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.Configure<JsonOptions>(static json =>
        {
            var serializer = json.SerializerOptions;
            serializer.AddClaimModel();
            if (!serializer.TypeInfoResolverChain.Contains(ClaimModelHttpTypeInfoResolver.Instance))
            {
                serializer.TypeInfoResolverChain.Insert(0, ClaimModelHttpTypeInfoResolver.Instance);
            }

            serializer.MaxDepth = ClaimJson.MaxDepth;
        });
        services.Configure<RouteHandlerOptions>(static route => route.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, ClaimModelExceptionHandler>());
        return services;
    }
}

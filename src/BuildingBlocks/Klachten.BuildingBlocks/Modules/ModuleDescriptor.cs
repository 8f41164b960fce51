using System.Reflection;

namespace Klachten.BuildingBlocks.Modules;

/// <summary>A module as the building blocks see it: its name, the schema it owns, and its two assemblies.</summary>
public sealed record ModuleDescriptor(string Name, string Schema, Assembly ModuleAssembly, Assembly ContractsAssembly)
{
    public static ModuleDescriptor Create<TModuleMarker, TContractsMarker>(string name, string schema) =>
        new(name, schema, typeof(TModuleMarker).Assembly, typeof(TContractsMarker).Assembly);
}

/// <summary>All modules of the process; used to route outbox rows and inbox records to the right schema.</summary>
public sealed class ModuleRegistry
{
    private readonly List<ModuleDescriptor> _modules = [];
    private readonly Dictionary<Type, List<Type>> _eventHandlers = [];

    public IReadOnlyList<ModuleDescriptor> Modules => _modules;

    internal void Add(ModuleDescriptor module)
    {
        if (_modules.Any(m => m.Schema == module.Schema || m.Name == module.Name))
        {
            throw new InvalidOperationException($"Module {module.Name} (schema {module.Schema}) is registered twice.");
        }

        _modules.Add(module);
    }

    internal void AddEventHandler(Type eventType, Type handlerType)
    {
        if (!_eventHandlers.TryGetValue(eventType, out var handlers))
        {
            _eventHandlers[eventType] = handlers = [];
        }

        if (!handlers.Contains(handlerType))
        {
            handlers.Add(handlerType);
        }
    }

    internal IReadOnlyList<Type> HandlersFor(Type eventType) =>
        _eventHandlers.TryGetValue(eventType, out var handlers) ? handlers : [];

    /// <summary>The module whose Contracts define the event: its outbox holds the event.</summary>
    internal ModuleDescriptor SenderOf(Type eventType) =>
        _modules.SingleOrDefault(m => m.ContractsAssembly == eventType.Assembly)
        ?? throw new InvalidOperationException($"{eventType.FullName} is not defined in a registered module's Contracts.");

    /// <summary>The module that implements the handler: its inbox records the handled event.</summary>
    internal ModuleDescriptor OwnerOf(Type handlerType) =>
        _modules.SingleOrDefault(m => m.ModuleAssembly == handlerType.Assembly)
        ?? throw new InvalidOperationException($"{handlerType.FullName} does not belong to a registered module.");
}

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// The strongly connected components of a dependency graph, dependencies first (Tarjan's algorithm,
/// with an explicit stack: a chain of thousands of definitions must not exhaust the call stack).
/// </summary>
internal static class DependencyOrder
{
    /// <summary>Groups of nodes that depend on one another; every group comes after the groups it depends on.</summary>
    public static List<List<T>> Components<T>(IReadOnlyList<T> nodes, Func<T, IEnumerable<T>> dependencies) where T : notnull
    {
        var index = new Dictionary<T, int>();
        var low = new Dictionary<T, int>();
        var onStack = new HashSet<T>();
        var stack = new Stack<T>();
        var components = new List<List<T>>();
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root)) continue;
            var work = new Stack<(T Node, IEnumerator<T> Next)>();
            Enter(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var dependency = next.Current;
                    if (!index.ContainsKey(dependency)) Enter(dependency);
                    else if (onStack.Contains(dependency)) low[node] = Math.Min(low[node], index[dependency]);
                    continue;
                }
                work.Pop();
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != index[node]) continue;
                var component = new List<T>();
                T member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                } while (!EqualityComparer<T>.Default.Equals(member, node));
                components.Add(component);
            }

            void Enter(T node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, dependencies(node).GetEnumerator()));
            }
        }
        return components;
    }
}

"""dagster-dask's executor, with one fix: each Dask task is named after its run as well as its step.

dagster-dask names the task of a step "<job>.<step>". Dask treats tasks of one name as one task, so two
runs of one job on one cluster at once (the page work of two partition ranges) shared their steps: the
second run got the first one's result, and its partitions were never processed (seen here: 4 runs at
once left 12 of 16 partitions unmade, and every run reported success). Naming the task
"<run id>.<step>" keeps the runs apart. Everything else is dagster-dask's (`DaskExecutor`, the same
config); only existing and local clusters are offered, as the others' extra packages are not installed.
"""
from __future__ import annotations

import dask.distributed
from dagster import Field, Permissive, Selector, StringSource, executor, multiple_process_executor_requirements
from dagster._core.errors import raise_execution_interrupts
from dagster._core.events import DagsterEvent
from dagster._utils import iterate_with_context
from dagster_dask.executor import DaskExecutor, get_dask_resource_requirements, query_on_dask_worker


class RunScopedDaskExecutor(DaskExecutor):
    def execute(self, plan_context, execution_plan):
        if not plan_context.instance.is_persistent:
            raise ValueError("a run on Dask needs a persistent Dagster instance (the workers read it)")
        if self.cluster_type == "existing":
            cluster = self.cluster_configuration["address"]
        else:
            cluster = dask.distributed.LocalCluster(**self.build_dict(plan_context.job_name))
        run_id = plan_context.dagster_run.run_id
        with dask.distributed.Client(cluster) as client:
            futures = {}
            for level in execution_plan.get_steps_to_execute_by_level():
                for step in level:
                    # Dask orders the tasks: a step's task waits for those of the steps it reads.
                    dependencies = [futures[key] for step_input in step.step_inputs for key in step_input.dependency_keys]
                    futures[step.key] = client.submit(
                        query_on_dask_worker, dependencies, plan_context.reconstructable_job, plan_context.dagster_run,
                        plan_context.run_config, [step.key], plan_context.instance.get_ref(), execution_plan.known_state,
                        key=f"{run_id}.{step.key}", resources=get_dask_resource_requirements(step.tags),
                    )
            done = dask.distributed.as_completed(list(futures.values()), with_results=True)
            for _future, events in iterate_with_context(raise_execution_interrupts, done):
                for event in events:
                    assert isinstance(event, DagsterEvent)
                    yield event


@executor(
    name="dask",
    requirements=multiple_process_executor_requirements(),
    config_schema={"cluster": Field(Selector({
        "existing": Field({"address": StringSource}, description="The address of a running scheduler (tcp://host:port)."),
        "local": Field(Permissive(), is_required=False, description="A LocalCluster started for the run (its parameters)."),
    }))},
)
def dask_executor(init_context):
    """Steps as tasks of a Dask cluster, one task name per run and step (see the module's docstring)."""
    ((cluster_type, configuration),) = init_context.executor_config["cluster"].items()
    return RunScopedDaskExecutor(cluster_type, configuration)
